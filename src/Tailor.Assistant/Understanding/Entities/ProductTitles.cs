namespace Tailor.Assistant.Understanding.Entities;

/// <summary>A product as shoppers name it: its title and brand.</summary>
public sealed record ProductTitle(string Handle, string Title, string Brand);

/// <summary>The product a message names, and whether the message is little more than its title (a tapped quick reply).</summary>
public sealed record NamedProduct(string Handle, string Title, bool Whole);

/// <summary>
/// Finds a product named in a message by its title ("the Thea Linen Midi Dress", "the thea dress", "the Thae dress")
/// or brand and type. A name needs a word that only names (a style name like "Thea", or the brand): "linen midi dress"
/// describes products and stays a search. Built with the entity recognizer from the live catalog; a message without
/// such a word costs one dictionary lookup per word.
/// </summary>
internal sealed class ProductTitles
{
    private static readonly HashSet<string> Fillers = ["the", "and", "with", "in", "of", "a", "by"];
    private readonly ProductTitle[] products;
    private readonly string[][] titleTokens;
    private readonly string[][] brandTokens;
    private readonly bool[][] naming;
    // Words that only name products (style names, brands), with the products whose title or brand has them.
    private readonly Dictionary<string, List<int>> byNamingWord = new(StringComparer.Ordinal);
    // Each naming word under itself and under every way of dropping one letter ("thea" under "hea", "tea", "tha", "the"):
    // a word one typo away shares one of these keys, so a typo is looked up, not compared with every naming word.
    private readonly Dictionary<string, List<string>> byDeletion = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> knownWords;

    /// <param name="knownWords">Words the catalog vocabulary or the chat vocabulary already explain: never a name, never a typo of one.</param>
    public ProductTitles(IReadOnlyList<ProductTitle> titles, IReadOnlySet<string> knownWords)
    {
        this.knownWords = knownWords;
        products = [.. titles];
        titleTokens = new string[products.Length][];
        brandTokens = new string[products.Length][];
        naming = new bool[products.Length][];
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < products.Length; i++)
        {
            titleTokens[i] = Tokens(products[i].Title);
            brandTokens[i] = Tokens(products[i].Brand);
            foreach (var token in titleTokens[i]) frequency[token] = frequency.GetValueOrDefault(token) + 1;
        }
        // A name is rare and comes before what describes the product ("Thea Linen Midi Dress"); a word many titles
        // share ("Midi") or one after a known word describes.
        var rare = Math.Max(3, products.Length / 50);
        for (var i = 0; i < products.Length; i++)
        {
            var leading = true;
            naming[i] = new bool[titleTokens[i].Length];
            for (var t = 0; t < titleTokens[i].Length; t++)
            {
                var token = titleTokens[i][t];
                leading &= !knownWords.Contains(token) && !knownWords.Contains(token + "s") && !token.All(char.IsAsciiDigit);
                naming[i][t] = leading && frequency[token] <= rare;
            }
            foreach (var word in titleTokens[i].Where((_, t) => naming[i][t]).Concat(brandTokens[i]).Distinct())
            {
                if (!byNamingWord.TryGetValue(word, out var list)) byNamingWord[word] = list = [];
                list.Add(i);
            }
        }
        foreach (var word in byNamingWord.Keys.Where(w => w.Length >= 4))
            foreach (var key in DeletionKeys(word))
            {
                if (!byDeletion.TryGetValue(key, out var list)) byDeletion[key] = list = [];
                if (!list.Contains(word)) list.Add(word);
            }
    }

    public static ProductTitles Empty { get; } = new([], new HashSet<string>());

    public NamedProduct? Find(MessageScan scan)
    {
        if (products.Length == 0) return null;
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scan.Count; i++)
        {
            words.Add(Stem(scan.Words[i].Text));
            words.Add(Stem(scan.Keys[i]));
        }
        var candidates = new HashSet<int>();
        foreach (var word in words.ToList())
        {
            if (byNamingWord.TryGetValue(word, out var named)) candidates.UnionWith(named);
            else if (Closest(word) is { } corrected)
            {
                words.Add(corrected);
                candidates.UnionWith(byNamingWord[corrected]);
            }
        }
        if (candidates.Count == 0) return null;

        (int Index, int Score)? best = null;
        var tied = false;
        foreach (var i in candidates)
        {
            if (Score(i, words) is not { } score) continue;
            if (best is null || score > best.Value.Score) (best, tied) = ((i, score), false);
            else if (score == best.Value.Score && !string.Equals(products[i].Title, products[best.Value.Index].Title, StringComparison.OrdinalIgnoreCase))
                tied = true;
            else if (score == best.Value.Score && string.CompareOrdinal(products[i].Handle, products[best.Value.Index].Handle) < 0)
                best = (i, score);
        }
        if (best is not { } found || tied) return null;
        var product = products[found.Index];
        var title = titleTokens[found.Index];
        var whole = title.All(words.Contains) && Enumerable.Range(0, scan.Count).All(i => Fillers.Contains(scan.Words[i].Text) || title.Contains(Stem(scan.Keys[i])));
        return new NamedProduct(product.Handle, product.Title, whole);
    }

    /// <summary>
    /// How well the message names product <paramref name="i"/>: title words said count, title words left out cost a
    /// little; null unless a naming word was said with another of its words, or the brand with its type.
    /// </summary>
    private int? Score(int i, HashSet<string> words)
    {
        var title = titleTokens[i];
        int matched = 0, namingMatched = 0;
        for (var t = 0; t < title.Length; t++)
        {
            if (!words.Contains(title[t])) continue;
            matched++;
            if (naming[i][t]) namingMatched++;
        }
        var brand = brandTokens[i].Length > 0 && brandTokens[i].All(words.Contains);
        var names = (namingMatched > 0 && matched >= 2) || (brand && matched >= 1);
        return names ? 3 * matched + (brand ? 2 : 0) - (title.Length - matched) : null;
    }

    /// <summary>A naming word one typo away ("thae" for "thea"); only for words the catalog does not know otherwise.</summary>
    private string? Closest(string word)
    {
        if (word.Length < 4 || Fillers.Contains(word) || knownWords.Contains(word) || !word.All(char.IsAsciiLetter)) return null;
        string? closest = null;
        foreach (var key in DeletionKeys(word))
        {
            if (!byDeletion.TryGetValue(key, out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                if (candidate == closest || TypoCorrector.Distance(word, candidate, 1) > 1) continue;
                if (closest is not null) return null;
                closest = candidate;
            }
        }
        return closest;
    }

    private static IEnumerable<string> DeletionKeys(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++) yield return word.Remove(i, 1);
    }

    private static string[] Tokens(string text) =>
        [.. MessageWords.Keys(text).Select(Stem).Where(t => !Fillers.Contains(t)).Distinct()];

    // "dresses" names a dress: compare words without a plural s.
    private static string Stem(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss") ? word[..^1] : word;
}
