using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Tailor.Store.Import;

/// <summary>Plain text from the HTML of product descriptions: tags gone, entities decoded, paragraphs kept as blank lines.</summary>
internal static partial class HtmlText
{
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var text = html;
        if (text.Contains('<'))
        {
            text = Hidden().Replace(text, " ");
            text = Paragraph().Replace(text, "\n\n");
            text = LineBreak().Replace(text, "\n");
            text = ListItem().Replace(text, "\n- ");
            text = Tag().Replace(text, "");
        }
        if (text.Contains('&')) text = WebUtility.HtmlDecode(text);
        return Tidy(text);
    }

    /// <summary>Collapses runs of spaces, trims each line and keeps at most one blank line between paragraphs.</summary>
    private static string Tidy(string text)
    {
        var result = new StringBuilder(text.Length);
        var blank = false;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = Spaces().Replace(raw.Replace('\u00A0', ' '), " ").Trim();
            if (line.Length == 0)
            {
                blank = result.Length > 0;
                continue;
            }
            if (result.Length > 0) result.Append(blank ? "\n\n" : "\n");
            result.Append(line);
            blank = false;
        }
        return result.ToString();
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"</(p|div|h[1-6]|ul|ol|table|blockquote)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"<br\s*/?>|</tr\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
