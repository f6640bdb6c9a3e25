using System.Text;
using System.Text.RegularExpressions;

namespace Tailor.Assistant.Skills.Policies;

/// <summary>
/// Cuts text to a length at sentence boundaries, so a quote never stops mid-sentence; a single sentence
/// longer than the limit is cut at a word and marked with an ellipsis. Line breaks (list items) count as boundaries.
/// </summary>
public static partial class Excerpt
{
    private sealed record Sentence(string Text, bool StartsLine);

    /// <summary>The first sentences of <paramref name="text"/> that fit in <paramref name="maxLength"/> characters.</summary>
    public static string Shorten(string text, int maxLength) => Around(text, _ => 0, maxLength);

    /// <summary>
    /// As many sentences as fit around the most relevant one (the first on a tie): from the start of the text when
    /// that reaches it (quotes read best from the beginning), else from it onwards, then the sentences before it.
    /// </summary>
    public static string Around(string text, Func<string, double> relevance, int maxLength)
    {
        var sentences = Split(text);
        if (sentences.Count == 0) return "";
        var scores = sentences.Select(s => relevance(s.Text)).ToList();
        var focus = scores.IndexOf(scores.Max());
        if (sentences[focus].Text.Length > maxLength) return CutAtWord(sentences[focus].Text, maxLength);

        var (first, last) = LengthOf(sentences, 0, focus) <= maxLength ? (0, focus) : (focus, focus);
        while (last + 1 < sentences.Count && LengthOf(sentences, first, last + 1) <= maxLength) last++;
        while (first > 0 && LengthOf(sentences, first - 1, last) <= maxLength) first--;

        var excerpt = new StringBuilder(sentences[first].Text);
        for (var i = first + 1; i <= last; i++) excerpt.Append(sentences[i].StartsLine ? '\n' : ' ').Append(sentences[i].Text);
        return excerpt.ToString();
    }

    private static List<Sentence> Split(string text) =>
        text.Split('\n')
            .SelectMany(line => SentenceEnd().Split(line).Select(s => s.Trim()).Where(s => s.Length > 0)
                .Select((sentence, i) => new Sentence(sentence, StartsLine: i == 0)))
            .ToList();

    private static int LengthOf(List<Sentence> sentences, int first, int last) =>
        sentences.Skip(first).Take(last - first + 1).Sum(s => s.Text.Length + 1) - 1;

    private static string CutAtWord(string sentence, int maxLength)
    {
        var cut = sentence.LastIndexOf(' ', Math.Max(0, maxLength - 2));
        return (cut > 0 ? sentence[..cut] : sentence[..(maxLength - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    // A full stop, question or exclamation mark followed by a space and a capital, digit or quote starts a new sentence.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d""“'(£€$])")]
    private static partial Regex SentenceEnd();
}
