using System.Text.RegularExpressions;

namespace Tailor.Assistant.Respond.Voice;

/// <summary>
/// Merges a store's wording over the shipped wording of one section and says what cannot be used: a key the shipped
/// wording does not have, an empty entry, a placeholder the shipped entry does not fill, or a number the shipped entry
/// does not have (a figure typed into wording goes stale; figures come from data through placeholders).
/// </summary>
public static partial class VoiceCheck
{
    public static Dictionary<string, IReadOnlyList<string>> Merge(
        IReadOnlyDictionary<string, IReadOnlyList<string>> shipped, IReadOnlyDictionary<string, IReadOnlyList<string>> overrides,
        string section, List<string> problems)
    {
        var merged = shipped.ToDictionary(p => p.Key, p => p.Value);
        foreach (var (key, wording) in overrides)
        {
            var where = $"{section}.{key}";
            if (!shipped.TryGetValue(key, out var defaults))
            {
                var near = shipped.Keys.Where(k => k.StartsWith(key[..Math.Min(4, key.Length)], StringComparison.Ordinal)).Take(3).ToList();
                problems.Add($"{where}: unknown key{(near.Count > 0 ? $" (did you mean {string.Join(", ", near)}?)" : "")}.");
                continue;
            }
            if (wording.Count == 0 || wording.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add($"{where}: give at least one wording, none of them empty.");
                continue;
            }
            var allowed = defaults.SelectMany(Placeholders).ToHashSet(StringComparer.Ordinal);
            var numbers = defaults.SelectMany(Numbers).ToHashSet(StringComparer.Ordinal);
            var before = problems.Count;
            foreach (var text in wording)
            {
                foreach (var placeholder in Placeholders(text).Where(p => !allowed.Contains(p)).Distinct())
                    problems.Add($"{where}: {{{placeholder}}} is not filled for this key; it has {(allowed.Count == 0 ? "no placeholders" : string.Join(", ", allowed.Select(a => $"{{{a}}}")))}.");
                foreach (var number in Numbers(text).Where(n => !numbers.Contains(n)).Distinct())
                    problems.Add($"{where}: the figure {number} is typed into the wording; figures come from the store's data through placeholders.");
            }
            if (problems.Count == before) merged[key] = wording;
        }
        return merged;
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    // Numbers outside placeholders: "30 days", "£5", "24/7".
    private static IEnumerable<string> Numbers(string text) => Number().Matches(Placeholder().Replace(text, "")).Select(m => m.Value);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex Number();
}
