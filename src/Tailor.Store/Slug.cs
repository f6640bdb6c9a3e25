using System.Globalization;
using System.Text;

namespace Tailor.Store;

/// <summary>URL slugs and e-mail names from store text: "Dusty Pink" → "dusty-pink", "Léa" → "lea".</summary>
public static class Slug
{
    public static string Of(string text) => Build(text, separator: '-');

    /// <summary>Letters and digits only, accents removed: "O'Brien" → "obrien".</summary>
    public static string Compact(string text) => Build(text, separator: null);

    private static string Build(string text, char? separator)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (c == 'ß') slug.Append("ss");
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\'') continue;
            else if (separator is { } s && slug.Length > 0 && slug[^1] != s) slug.Append(s);
        }
        return separator is { } end ? slug.ToString().TrimEnd(end) : slug.ToString();
    }
}
