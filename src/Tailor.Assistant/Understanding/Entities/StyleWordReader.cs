using System.Text.RegularExpressions;
using Tailor.Assistant.Skills.Styling;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Finds the occasion a stylist dresses for ("beach wedding", "funeral", "interview") and a body shape ("I'm
/// pear-shaped") from the words in <c>training/style</c>. The longest phrase wins, so "beach wedding" is not a
/// wedding on the one hand and a beach on the other. These occasions are wider than the catalog's own tags.
/// </summary>
public sealed class StyleWordReader
{
    private readonly (string Key, Regex Pattern, int Length)[] occasions;
    private readonly (string Key, Regex Pattern, int Length)[] shapes;

    public StyleWordReader(StyleKnowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        occasions = Patterns(knowledge.Occasions.Values.Select(o => (o.Name, o.Words)));
        shapes = Patterns(knowledge.Shapes.Values.Select(s => (s.Name, s.Words)));
    }

    private static readonly Lazy<StyleWordReader> DefaultReader = new(() => new StyleWordReader(StyleKnowledge.Default));

    /// <summary>The reader over the repository's style data.</summary>
    public static StyleWordReader Default => DefaultReader.Value;

    public (string? Occasion, string? BodyShape) Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        var lower = text.ToLowerInvariant();
        return (First(occasions, lower), First(shapes, lower));
    }

    private static string? First((string Key, Regex Pattern, int Length)[] table, string text) =>
        table.FirstOrDefault(entry => entry.Pattern.IsMatch(text)).Key;

    // Longest words first, matched on word boundaries with any spacing or hyphen between words.
    private static (string, Regex, int)[] Patterns(IEnumerable<(string Key, IReadOnlyList<string> Words)> entries) =>
        entries.SelectMany(e => e.Words.Select(w => (e.Key, Pattern: new Regex(@"\b" + string.Join(@"[\s-]+", w.Split(' ', '-').Select(Regex.Escape)) + @"\b",
                RegexOptions.CultureInvariant | RegexOptions.Compiled), w.Length)))
            .OrderByDescending(e => e.Length).ToArray();
}
