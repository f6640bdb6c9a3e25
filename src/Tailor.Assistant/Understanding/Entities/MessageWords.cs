using System.Globalization;
using System.Text;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// One word of a message: its place in the text and its folded form (lowercase, no accents, no apostrophes), the
/// form every table is keyed by. <see cref="BreakBefore"/> marks punctuation since the previous word, which ends
/// phrases and negation scopes; <see cref="Before"/> is the character right before it ('#' of "#3", '-' of "30-60").
/// </summary>
internal readonly record struct Word(int Start, int End, string Text, bool BreakBefore, char Before);

/// <summary>Splits a message into <see cref="Word"/>s. Phrases in the vocabulary go through the same split, so both sides agree.</summary>
internal static class MessageWords
{
    /// <summary>Longer messages are pasted text, not a request; their tail is not read.</summary>
    public const int MaxWords = 120;

    public static Word[] Split(string text)
    {
        var words = new List<Word>(16);
        var buffer = new StringBuilder(16);
        var pendingBreak = false;
        var i = 0;
        while (i < text.Length && words.Count < MaxWords)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                pendingBreak |= IsBreak(c);
                i++;
                continue;
            }

            var start = i;
            buffer.Clear();
            for (; i < text.Length; i++)
            {
                c = text[i];
                if (char.IsLetterOrDigit(c)) buffer.Append(char.ToLowerInvariant(c));
                else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1])) continue;
                else if (c == '.' && IsDigitAt(text, i - 1) && IsDigitAt(text, i + 1)) buffer.Append('.');
                else if (c == ',' && IsDigitAt(text, i - 1) && IsThousands(text, i + 1)) continue;
                else break;
            }

            words.Add(new Word(start, i, Fold(buffer), pendingBreak, start > 0 ? text[start - 1] : ' '));
            pendingBreak = false;
        }
        return words.ToArray();
    }

    /// <summary>The folded words of a vocabulary phrase ("Maison Lumière" → maison, lumiere).</summary>
    public static string[] Keys(string phrase) => Split(phrase).Select(w => w.Text).ToArray();

    private static bool IsBreak(char c) => c is ',' or '.' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '"' or '\n' or '…';

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´';

    private static bool IsDigitAt(string text, int i) => i >= 0 && i < text.Length && char.IsAsciiDigit(text[i]);

    // "1,000" is one number; "8,10" is two sizes.
    private static bool IsThousands(string text, int i) =>
        IsDigitAt(text, i) && IsDigitAt(text, i + 1) && IsDigitAt(text, i + 2) && !IsDigitAt(text, i + 3);

    private static string Fold(StringBuilder buffer)
    {
        var word = buffer.ToString();
        foreach (var c in word)
            if (c > '\u007f') return WithoutAccents(word);
        return word;
    }

    private static string WithoutAccents(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) kept.Append(c);
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }
}
