namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Corrects misspelt catalog words ("jenas", "sneekers", "burgundyy") by Damerau-Levenshtein distance (optimal string
/// alignment): one edit for words of 5-7 letters, two from 8. Only unknown words of 5+ letters are corrected, only
/// towards vocabulary words of 4+ letters with the same first letter, and only when one candidate is closest:
/// shoppers rarely get the first letter wrong, and short or ambiguous words are where real words get "fixed".
/// </summary>
internal sealed class TypoCorrector
{
    private const int MinLength = 5;
    private const int LongWord = 8;
    private const int MaxWordLength = 40;

    private readonly Dictionary<(char First, int Length), string[]> candidates;
    private readonly Dictionary<string, string> senses;
    private readonly HashSet<string> known;

    /// <param name="vocabulary">Words to correct towards, each with what it means: two equally close words with one sense
    /// ("dress", "dresses" for "dresss") are no ambiguity.</param>
    /// <param name="otherKnownWords">Real words that are never corrected, though they look like vocabulary typos.</param>
    public TypoCorrector(IReadOnlyDictionary<string, string> vocabulary, IEnumerable<string> otherKnownWords)
    {
        senses = new Dictionary<string, string>(vocabulary, StringComparer.Ordinal);
        known = new HashSet<string>(senses.Keys.Concat(otherKnownWords), StringComparer.Ordinal);
        candidates = senses.Keys
            .Where(w => w.Length >= MinLength - 1 && w.Length <= MaxWordLength && w.All(char.IsAsciiLetterLower))
            .GroupBy(w => (w[0], w.Length))
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    public bool IsKnown(string word) => known.Contains(word);

    /// <summary>
    /// The vocabulary word <paramref name="word"/> is a typo of, or null when it is known, short or not close to one
    /// meaning. Equally close words are settled by meaning: "dresss" is as close to "dressy" as to "dress" and
    /// "dresses", and two forms of one word outvote one.
    /// </summary>
    public string? Correct(string word)
    {
        if (word.Length < MinLength || word.Length > MaxWordLength || known.Contains(word) || !word.All(char.IsAsciiLetterLower)) return null;
        var limit = word.Length >= LongWord ? 2 : 1;
        var bestDistance = limit + 1;
        List<string>? closest = null;
        for (var length = word.Length - limit; length <= word.Length + limit; length++)
        {
            if (!candidates.TryGetValue((word[0], length), out var words)) continue;
            foreach (var candidate in words)
            {
                if (candidate.Length < word.Length && !IsDoubledLetterOf(word, candidate)) continue;
                var distance = Distance(word, candidate, Math.Min(limit, bestDistance));
                if (distance > limit || distance > bestDistance) continue;
                if (distance < bestDistance) (bestDistance, closest) = (distance, []);
                closest!.Add(candidate);
            }
        }
        if (closest is null) return null;
        var votes = closest.GroupBy(c => senses[c]).Select(g => (Word: g.First(), Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        return votes.Count == 1 || votes[0].Count > votes[1].Count ? votes[0].Word : null;
    }

    /// <summary>
    /// A longer word is only a typo of a shorter one by a doubled letter ("burgundyy", "dresss"): a dropped letter of a
    /// real word is more often another word ("tanks" is not "tans", "works" not "work", "brownies" not "browns").
    /// </summary>
    private static bool IsDoubledLetterOf(string word, string candidate)
    {
        for (var i = 1; i < word.Length; i++)
            if (word[i] == word[i - 1] && string.CompareOrdinal(word.Remove(i, 1), candidate) == 0) return true;
        return false;
    }

    /// <summary>Optimal string alignment distance, giving up (returning max + 1) as soon as it must exceed <paramref name="max"/>.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || b.Length > MaxWordLength) return max + 1;
        Span<int> beforePrevious = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, beforePrevious[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max) return max + 1;
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
