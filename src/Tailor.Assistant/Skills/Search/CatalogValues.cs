namespace Tailor.Assistant.Skills.Search;

/// <summary>How a value the shopper asked for matches a catalog value: case never matters, and a word may stand for a longer name.</summary>
internal static class CatalogValues
{
    public static bool Same(string value, string wanted) => string.Equals(value, wanted.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>"wool" is in "merino wool" and in "woollen": materials match on any part of their name.</summary>
    public static bool Contains(string value, string wanted) =>
        wanted.Trim().Length > 0 && value.Contains(wanted.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The value itself, or whole words of it: "navy" names "navy blue", "wide leg" names "wide-leg"; "red" does not name "shredded".</summary>
    public static bool Names(string value, string wanted)
    {
        if (Same(value, wanted)) return true;
        var (words, asked) = (Words(value), Words(wanted));
        return asked.Length > 2 && words.Contains(asked, StringComparison.Ordinal);
    }

    // " navy blue " for "Navy-Blue": padded so that only whole words match.
    private static string Words(string text) => " " + string.Join(' ', text.ToLowerInvariant()
        .Split([' ', '-', '/', '_', ','], StringSplitOptions.RemoveEmptyEntries)) + " ";
}
