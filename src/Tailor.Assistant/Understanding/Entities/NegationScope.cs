namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Marks what the shopper rules out: "not black", "no polyester", "anything but jeans", "without prints",
/// "except red", "nothing floral", "I don't want wool", "polyester-free". A scope runs from the cue to the first
/// thing it names, on through "or"/"nor" lists and through "and" to more of the same kind ("no wool and no silk",
/// "not black and white"); it ends at punctuation, at "but"/"instead"/"just", at words already read as a price, a
/// code or a position ("no more than 50" is a budget), or after a few words that name nothing.
/// </summary>
internal static class NegationScope
{
    private const int MaxGap = 5;

    private static readonly string[][] Cues =
    [
        ["anything", "but"], ["anything", "except"], ["everything", "but"], ["everything", "except"], ["other", "than"],
        ["rather", "than"], ["do", "not"], ["does", "not"], ["cant", "stand"], ["not"], ["no"], ["dont"], ["doesnt"],
        ["without"], ["except"], ["excluding"], ["exclude"], ["nothing"], ["none"], ["never"], ["avoid"], ["hate"],
        ["dislike"], ["minus"], ["isnt"], ["arent"], ["neither"], ["nor"],
    ];

    // "no I want red" answers a question; "I'm not sure about black" is doubt, not a rule.
    private static readonly HashSet<string> Enders =
    [
        "but", "instead", "rather", "just", "only", "prefer", "preferably", "though", "however", "although", "because", "so",
        "ideally", "i", "im", "we", "thanks", "thank", "sure", "certain",
    ];

    /// <summary>Findings read before the phrases (a budget, a code, a position): a scope stops at them, "no more than 50" stays a price.</summary>
    private static readonly HashSet<string> ScopeStoppers =
        [EntityKinds.MinPrice, EntityKinds.MaxPrice, EntityKinds.OrderNumber, EntityKinds.ReturnNumber, EntityKinds.PromoCode, EntityKinds.Ordinal];

    private static readonly HashSet<string> ListJoins = ["or", "nor", "and"];

    private static readonly HashSet<string> PostfixCues = ["free"];

    public static void Apply(MessageScan scan)
    {
        var negated = new bool[scan.Count];
        for (var i = 0; i < scan.Count; i++)
        {
            if (!scan.IsFree(i) || CueLength(scan, i) is not (> 0 and var length)) continue;
            i = Scope(scan, i + length, negated) - 1;
        }
        foreach (var finding in scan.Findings)
        {
            if (negated[finding.First]) finding.Negated = true;
            // "polyester-free", "wool free"
            if (finding.Kind is EntityKinds.Material or EntityKinds.Pattern && PostfixCues.Contains(scan.WordAt(finding.Last + 1))) finding.Negated = true;
        }
        scan.Negated = negated;
    }

    private static int CueLength(MessageScan scan, int i)
    {
        foreach (var cue in Cues)
        {
            var fits = i + cue.Length <= scan.Count;
            for (var k = 0; k < cue.Length && fits; k++) fits = scan.WordAt(i + k) == cue[k] && scan.IsFree(i + k);
            if (fits) return cue.Length;
        }
        return 0;
    }

    /// <summary>Marks the scope that starts at word <paramref name="start"/>; returns the first word after it.</summary>
    private static int Scope(MessageScan scan, int start, bool[] negated)
    {
        var gap = 0;
        string? lastKind = null;
        var i = start;
        while (i < scan.Count && gap <= MaxGap)
        {
            // "no, red please": a cue followed by a comma answered a question; punctuation later ends the scope.
            if (scan.Words[i].BreakBefore) break;
            var word = scan.WordAt(i);
            if (Enders.Contains(word)) break;
            var finding = FindingAt(scan, i);
            // "I don't want it in wool": the pointer is part of the sentence, not what is ruled out.
            if (finding is { Kind: EntityKinds.Focus })
            {
                gap++;
                i++;
                continue;
            }
            if ((finding is null && scan.IsClaimed(i)) || (finding is not null && ScopeStoppers.Contains(finding.Kind))) break;
            if (finding is not null)
            {
                for (var k = finding.First; k <= finding.Last; k++) negated[k] = true;
                lastKind = finding.Kind;
                i = finding.Last + 1;
                if (!ContinuesList(scan, i, lastKind)) break;
                gap = 0;
                continue;
            }
            if (lastKind is not null && !ListJoins.Contains(word)) break;
            negated[i] = true;
            gap++;
            i++;
        }
        return i;
    }

    /// <summary>After a ruled-out thing, the scope goes on for "or"/"nor" + another thing, "and" + the same kind, or a thing right after.</summary>
    private static bool ContinuesList(MessageScan scan, int i, string kind)
    {
        if (i >= scan.Count || scan.Words[i].BreakBefore) return false;
        var word = scan.WordAt(i);
        if (FindingAt(scan, i) is { } adjacent) return adjacent.Kind == kind || Negatable(adjacent.Kind);
        var next = FindingAt(scan, i + 1);
        return word switch
        {
            "or" or "nor" => next is not null || CueLength(scan, i + 1) > 0,
            "and" => next?.Kind == kind,
            _ => false,
        };
    }

    private static bool Negatable(string kind) =>
        kind is EntityKinds.Color or EntityKinds.Material or EntityKinds.Pattern or EntityKinds.Category;

    private static Finding? FindingAt(MessageScan scan, int i)
    {
        foreach (var finding in scan.Findings)
            if (finding.First <= i && i <= finding.Last) return finding;
        return null;
    }
}
