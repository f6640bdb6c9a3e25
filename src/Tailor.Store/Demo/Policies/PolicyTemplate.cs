using System.Text.RegularExpressions;
using Tailor.Domain.Policies;

namespace Tailor.Store.Demo.Policies;

/// <summary>
/// A policy or FAQ page written in Markdown with a small front matter (title, kind) and {{placeholders}}
/// for every figure, so the page always says what the store's settings say.
/// </summary>
internal sealed partial record PolicyTemplate(string Slug, string Title, PolicyKind Kind, string Body)
{
    public static PolicyTemplate Parse(string slug, string text)
    {
        var match = FrontMatter().Match(text.Replace("\r\n", "\n"));
        if (!match.Success) throw new FormatException($"Policy template '{slug}' has no front matter (--- title/kind ---).");
        var fields = match.Groups["fields"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim().ToLowerInvariant(), pair => pair[1].Trim().Trim('"'));
        var title = fields.GetValueOrDefault("title") ?? throw new FormatException($"Policy template '{slug}' has no title.");
        var kind = fields.GetValueOrDefault("kind")?.ToLowerInvariant() switch
        {
            "faq" => PolicyKind.Faq,
            "policy" or null => PolicyKind.Policy,
            var other => throw new FormatException($"Policy template '{slug}' has unknown kind '{other}' (use policy or faq)."),
        };
        return new PolicyTemplate(slug, title, kind, match.Groups["body"].Value.Trim() + "\n");
    }

    /// <summary>The page with every placeholder filled; a placeholder the figures do not know is an error, not a blank.</summary>
    public (string Title, string Markdown) Fill(IReadOnlyDictionary<string, string> figures) =>
        (Replace(Title, figures), Replace(Body, figures));

    private string Replace(string text, IReadOnlyDictionary<string, string> figures) =>
        Placeholder().Replace(text, m => figures.TryGetValue(m.Groups["key"].Value, out var value)
            ? value
            : throw new KeyNotFoundException($"Policy template '{Slug}' uses unknown placeholder {m.Value}."));

    [GeneratedRegex(@"\A---\n(?<fields>.*?)\n---\n(?<body>.*)\z", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"\{\{\s*(?<key>[A-Za-z0-9_.]+)\s*\}\}")]
    internal static partial Regex Placeholder();
}
