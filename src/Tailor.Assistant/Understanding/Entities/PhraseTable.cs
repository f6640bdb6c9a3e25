namespace Tailor.Assistant.Understanding.Entities;

/// <summary>What a phrase means: a kind (<see cref="EntityKinds"/>) and the canonical value.</summary>
internal readonly record struct Meaning(string Kind, string Value);

/// <summary>A phrase as folded words, with every meaning it has ("gym": an occasion and activewear).</summary>
internal sealed record Phrase(string[] Keys, Meaning[] Meanings)
{
    public bool HasSeveralKinds { get; } = Meanings.Select(m => m.Kind).Distinct().Count() > 1;
}

/// <summary>
/// Every phrase the recognizer knows, indexed by first word with the longest phrases first, so a lookup at a
/// word tries "dusty pink" before "dusty" and stops at the first that fits. Immutable, so shared across threads.
/// </summary>
internal sealed class PhraseTable
{
    private readonly Dictionary<string, Phrase[]> byFirstKey;

    public PhraseTable(IEnumerable<Phrase> phrases)
    {
        byFirstKey = phrases
            .GroupBy(p => p.Keys[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Keys.Length).ToArray(), StringComparer.Ordinal);
        var all = byFirstKey.Values.SelectMany(list => list).ToList();
        var oneWord = all.Where(p => p.Keys.Length == 1)
            .ToDictionary(p => p.Keys[0], p => string.Join('|', p.Meanings.Select(m => $"{m.Kind}:{m.Value}").Order()), StringComparer.Ordinal);
        WordSenses = all.SelectMany(p => p.Keys).Distinct(StringComparer.Ordinal)
            .ToDictionary(w => w, w => oneWord.GetValueOrDefault(w, w), StringComparer.Ordinal);
    }

    /// <summary>
    /// Every word of every phrase, with what it means on its own (or itself, inside longer phrases only): the
    /// dictionary typos are corrected against.
    /// </summary>
    public IReadOnlyDictionary<string, string> WordSenses { get; }

    /// <summary>The longest phrase that starts at word <paramref name="i"/>, covers only free words and spans no punctuation.</summary>
    public Phrase? LongestAt(MessageScan scan, int i)
    {
        if (!scan.IsFree(i) || !byFirstKey.TryGetValue(scan.Keys[i], out var candidates)) return null;
        foreach (var phrase in candidates)
        {
            var length = phrase.Keys.Length;
            if (i + length > scan.Count) continue;
            var fits = true;
            for (var k = 1; k < length && fits; k++)
                fits = scan.IsFree(i + k) && !scan.Words[i + k].BreakBefore && scan.Keys[i + k] == phrase.Keys[k];
            if (fits) return phrase;
        }
        return null;
    }
}
