using System.Globalization;
using System.Text;

namespace Tailor.Assistant.Guard;

/// <summary>Puts shopper text into one canonical form: NFC, no control or invisible characters, single spaces, trimmed.</summary>
internal static class MessageNormalizer
{
    private enum Gap { None, Space, LineBreak }

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var gap = Gap.None;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLineBreak(c)) { gap = Gap.LineBreak; continue; }
            if (char.IsWhiteSpace(c)) { if (gap == Gap.None) gap = Gap.Space; continue; }
            if (char.IsSurrogate(c))
            {
                // Lone surrogates would make NFC throw; tag characters (U+E0000–E007F) spell out ASCII an LLM reads but people don't.
                var paired = char.IsSurrogatePair(text, i);
                if (paired && !IsTagCharacter(text, i)) { Append(builder, ref gap, c); builder.Append(text[i + 1]); }
                if (paired) i++;
                continue;
            }
            if (char.IsControl(c) || (IsInvisible(c) && !JoinsEmoji(builder, text, i))) continue;
            Append(builder, ref gap, c);
        }
        var normalized = builder.ToString();
        // Text made only of characters below U+0300 (ASCII, Latin-1, Latin Extended) is already NFC, so most messages skip ICU.
        return normalized.AsSpan().IndexOfAnyInRange('\u0300', '\uFFFF') < 0 ? normalized : normalized.Normalize(NormalizationForm.FormC);
    }

    private static void Append(StringBuilder builder, ref Gap gap, char c)
    {
        // Leading and trailing whitespace never reach the builder, which is the trim.
        if (gap != Gap.None && builder.Length > 0) builder.Append(gap == Gap.LineBreak ? '\n' : ' ');
        gap = Gap.None;
        builder.Append(c);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    // Zero-width, bidi override and other invisible characters are used to smuggle text past filters or reorder it on screen.
    private static bool IsInvisible(char c) => c is '\u00AD' or '\u180E' or '\uFEFF'
        or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069');

    private static bool IsTagCharacter(string text, int i) => text[i] == '\uDB40' && text[i + 1] is >= '\uDC00' and <= '\uDC7F';

    // A zero-width joiner between two emoji builds one emoji (👩‍💻), so it stays; between letters it only hides text.
    private static bool JoinsEmoji(StringBuilder builder, string text, int i) =>
        text[i] == '\u200D' && builder.Length > 0 && i + 1 < text.Length
        && IsEmojiEdge(builder[^1], char.IsLowSurrogate) && IsEmojiEdge(text[i + 1], char.IsHighSurrogate);

    private static bool IsEmojiEdge(char c, Func<char, bool> surrogateHalf) =>
        surrogateHalf(c) || c == '\uFE0F' || char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol;
}
