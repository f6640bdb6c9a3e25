using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Tailor.Assistant.Skills.Policies;

/// <summary>
/// Turns text into the terms policy search matches on: lower case, phrases and synonyms folded into one concept,
/// stop words dropped, plurals and verb endings trimmed. Pages and questions go through the same steps.
/// </summary>
internal static partial class SearchTerms
{
    private const int LongestPhrase = 4;

    private static readonly Dictionary<string, string> ConceptByStem = BuildConcepts();
    private static readonly HashSet<string> ProductStems = PolicyVocabulary.ProductWords.Select(Stem).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> WeakTerms = PolicyVocabulary.WeakWords.SelectMany(Of).ToHashSet(StringComparer.Ordinal);
    private static readonly string ItemConcept = Canonical(Stem("item"));

    /// <summary>The terms of a page or a question, in order, repeats kept (term frequency counts them).</summary>
    public static List<string> Of(string text)
    {
        // An address is not words: "help@tailor-demo.shop" must not make the complaints paragraph about a "shop".
        var words = Words(Address().Replace(text, " "));
        var terms = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (MatchPhrase(words, i) is { } phrase)
            {
                foreach (var word in phrase.Replacement.Split(' ')) AddWord(terms, word);
                i += phrase.Length - 1;
            }
            else AddWord(terms, words[i]);
        }
        return terms;
    }

    /// <summary>
    /// The distinct terms of a question; a garment word the pages never use stands for "item",
    /// since the rules are the same for a jumper as for any other item.
    /// </summary>
    public static List<string> OfQuestion(string question, Func<string, bool> isKnown) => Of(question)
        .Select(term => !isKnown(term) && ProductStems.Contains(term) ? ItemConcept : term)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>Whether a term is too common to show on its own that a question is about the store (or is just a number).</summary>
    public static bool IsWeak(string term) => WeakTerms.Contains(term) || term.All(char.IsDigit);

    private static void AddWord(List<string> terms, string word)
    {
        if (word.Length == 0 || PolicyVocabulary.StopWords.Contains(word)) return;
        var term = Canonical(Stem(word));
        terms.Add(term);
        if (PolicyVocabulary.Broader.TryGetValue(term, out var broader)) terms.Add(broader);
    }

    private static string Canonical(string stem) => ConceptByStem.TryGetValue(stem, out var concept) ? concept : stem;

    private static (string Replacement, int Length)? MatchPhrase(List<string> words, int start)
    {
        for (var length = Math.Min(LongestPhrase, words.Count - start); length >= 2; length--)
        {
            var phrase = string.Join(' ', words.Skip(start).Take(length));
            if (PolicyVocabulary.Phrases.TryGetValue(phrase, out var replacement)) return (replacement, length);
        }
        return null;
    }

    // Apostrophes and hyphens join ("can't" → "cant", "e-mail" → "email"); "&" stays for "p&p"; accents are dropped.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var capitals = 0;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) || c == '&')
            {
                word.Append(char.ToLowerInvariant(c));
                if (char.IsUpper(c)) capitals++;
            }
            else if (c is '\'' or '’' or '-' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            var w = word.ToString().Trim('&');
            // "US" in capitals is the country, not the pronoun the stop words drop.
            if (w.Length > 0) words.Add(w == "us" && capitals == 2 ? "usa" : w);
            word.Clear();
            capitals = 0;
        }
    }

    [GeneratedRegex(@"\S+@\S+|https?://\S+|www\.\S+")]
    private static partial Regex Address();

    /// <summary>A light stemmer: enough to meet "returns", "returned" and "returning" at "return", without a dictionary.</summary>
    internal static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsLetter)) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) word = word[..^3] + "y";
        else if (word.EndsWith("sses", StringComparison.Ordinal)) word = word[..^2];
        else if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
                 && !word.EndsWith("is", StringComparison.Ordinal)) word = word[..^1];

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5) word = Undouble(word[..^3]);
        else if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4) word = Undouble(word[..^2]);
        if (word.EndsWith('e') && word.Length > 3) word = word[..^1];
        return word;
    }

    // "shipp" → "ship", "cancell" → "cancel"; "ss" stays ("dress").
    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] != 's' && !"aeiou".Contains(stem[^1]) ? stem[..^1] : stem;

    private static Dictionary<string, string> BuildConcepts()
    {
        var concepts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (concept, words) in PolicyVocabulary.Concepts)
            foreach (var word in words)
                concepts[Stem(word.Replace("'", "", StringComparison.Ordinal))] = concept;
        return concepts;
    }
}
