using System.Text;

namespace Tailor.Assistant.Guard;

/// <summary>
/// Finds personal data in text and replaces it with placeholders such as "[email]". The one implementation used by the
/// guard for live messages and by anything else that must scrub text (imported transcripts, exports).
/// </summary>
public static class PiiMasker
{
    public static IReadOnlyList<PiiFinding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<PiiFinding>();
        if (text.Contains('@')) EmailAddressFinder.Find(text, candidates);
        SpelledEmailFinder.Find(text, candidates);
        PersonNameFinder.Find(text, candidates);
        // Every other kind needs a digit: prose without one is done after a single vectorised scan.
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            IbanFinder.Find(text, candidates);
            var runs = DigitRun.In(text);
            var cardWords = runs.Count > 0 ? PaymentCardFinder.CardWordsIn(text) : [];
            foreach (var run in runs)
            {
                PhoneNumberFinder.Find(run, candidates);
                PaymentCardFinder.Find(run, cardWords, candidates);
            }
            CuedValueFinder.FindCardDetails(text, candidates);
            CuedValueFinder.Find(text, candidates);
            var addressesFrom = candidates.Count;
            StreetAddressFinder.Find(text, candidates);
            PostcodeFinder.Find(text, candidates.GetRange(addressesFrom, candidates.Count - addressesFrom), candidates);
            OneTimeCodeFinder.Find(text, candidates);
        }
        return Resolve(candidates);
    }

    public static string Mask(string text) => Mask(text, Find(text));

    /// <summary>Replaces the findings, sorted by start and not overlapping as <see cref="Find"/> returns them.</summary>
    public static string Mask(string text, IReadOnlyList<PiiFinding> findings)
    {
        if (findings.Count == 0) return text;
        // Copying from the untouched source in one forward pass keeps every offset valid without right-to-left edits.
        var masked = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var finding in findings)
        {
            if (finding.Start < copied) continue;
            masked.Append(text, copied, finding.Start - copied).Append(Placeholder(finding.Kind));
            copied = finding.End;
        }
        return masked.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Whether masked text had personal data in it: two such messages may read alike yet have said different things.</summary>
    public static bool HasPlaceholder(string maskedText) =>
        Enum.GetValues<PiiKind>().Any(kind => maskedText.Contains(Placeholder(kind), StringComparison.Ordinal));

    public static string Placeholder(PiiKind kind) => kind switch
    {
        PiiKind.Email => "[email]",
        PiiKind.Phone => "[phone]",
        PiiKind.PaymentCard => "[card]",
        PiiKind.Iban => "[iban]",
        PiiKind.PostalAddress => "[address]",
        PiiKind.Postcode => "[postcode]",
        PiiKind.OneTimeCode => "[code]",
        PiiKind.NationalId => "[id]",
        PiiKind.BirthDate => "[birthdate]",
        PiiKind.PersonName => "[name]",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // Overlapping candidates become one finding: the most specific kind names it (a checksum beats a shape, a longer match
    // beats a shorter one) and it spans them all, so a losing candidate never leaves part of a number readable.
    private static List<PiiFinding> Resolve(List<PiiFinding> candidates)
    {
        var resolved = new List<PiiFinding>();
        if (candidates.Count == 0) return resolved;
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var winner = candidates[0];
        var (start, end) = (winner.Start, winner.End);
        foreach (var candidate in candidates.Skip(1))
        {
            if (candidate.Start < end)
            {
                if (IsMoreSpecific(candidate, winner)) winner = candidate;
                end = Math.Max(end, candidate.End);
                continue;
            }
            resolved.Add(new PiiFinding(winner.Kind, start, end - start));
            (winner, start, end) = (candidate, candidate.Start, candidate.End);
        }
        resolved.Add(new PiiFinding(winner.Kind, start, end - start));
        return resolved;
    }

    private static bool IsMoreSpecific(PiiFinding candidate, PiiFinding current) =>
        Specificity(candidate.Kind) != Specificity(current.Kind)
            ? Specificity(candidate.Kind) > Specificity(current.Kind)
            : candidate.Length > current.Length;

    private static int Specificity(PiiKind kind) => kind switch
    {
        PiiKind.Email => 6,
        PiiKind.Iban => 5,
        PiiKind.PaymentCard => 4,
        PiiKind.NationalId => 3,
        PiiKind.Phone => 2,
        PiiKind.PostalAddress or PiiKind.BirthDate => 1,
        _ => 0,
    };
}
