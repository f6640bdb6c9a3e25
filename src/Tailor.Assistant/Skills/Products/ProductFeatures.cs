using Tailor.Assistant.Understanding.Intents;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Skills.Products;

/// <summary>
/// Construction details shoppers ask about (lining, pockets, zip, velcro, see-through…), read from
/// <c>training/product_features.yaml</c>: which are asked about in a message, whether the message is a question, and
/// the line of a product's description that mentions one. Answers quote the store's own copy, never guess.
/// </summary>
public sealed class ProductFeatures
{
    public const string FileName = "product_features.yaml";

    private static readonly Lazy<ProductFeatures> Shipped = new(() => Load(TrainingData.File(FileName)));

    private readonly (string Feature, string Phrase)[] _asked;
    private readonly Dictionary<string, string[]> _described;
    private readonly HashSet<string> _openers;

    private ProductFeatures(IReadOnlyDictionary<string, FeatureEntry> features, IEnumerable<string> openers)
    {
        // Longest phrase first: "inside pocket" is one detail, not "inside" and a pocket.
        _asked = [.. features.SelectMany(f => f.Value.Asked.Select(a => (f.Key, Padded(a)))).OrderByDescending(a => a.Item2.Length)];
        _described = features.ToDictionary(f => f.Key, f => f.Value.Described.Select(Padded).ToArray(), StringComparer.Ordinal);
        _openers = openers.Select(o => IntentText.Normalize(o)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The features of the repository's data file.</summary>
    public static ProductFeatures Default => Shipped.Value;

    public static ProductFeatures Load(string path)
    {
        var file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<FeatureFile>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty.");
        return new ProductFeatures(file.Features, file.QuestionOpeners);
    }

    /// <summary>The features a message asks about, in the order first found, each once.</summary>
    public IReadOnlyList<string> AskedIn(string text)
    {
        var words = Padded(text);
        var found = new List<string>();
        foreach (var (feature, phrase) in _asked)
        {
            var at = words.IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0) continue;
            if (!found.Contains(feature)) found.Add(feature);
            // The longer phrase used these words: "inside pocket" must not also read as something shorter inside it.
            words = string.Concat(words.AsSpan(0, at + 1), new string('_', phrase.Length - 2), words.AsSpan(at + phrase.Length - 1));
        }
        return found;
    }

    /// <summary>
    /// True when a clause of the message is a question ("is it lined", "the fourth one is cute, has it got a zip", "…?"),
    /// false for a wish said to the list ("any with pockets", "non iron if you have them").
    /// </summary>
    public bool IsQuestion(string text) =>
        text.TrimEnd().EndsWith('?')
        || text.Split([',', '.', ';', '!'], StringSplitOptions.RemoveEmptyEntries)
            .Select(clause => IntentText.Normalize(clause).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault())
            .Any(first => first is not null && _openers.Contains(first));

    /// <summary>The word a product's details most often use for <paramref name="feature"/>, to rank a list by it.</summary>
    public string SearchWord(string feature) =>
        _described.TryGetValue(feature, out var words) && words.Length > 0 ? words[0].Trim() : feature;

    /// <summary>The line of the product's description that mentions <paramref name="feature"/>, or null when none does.</summary>
    public string? LineAbout(ProductFacts product, string feature)
    {
        if (!_described.TryGetValue(feature, out var words)) return null;
        foreach (var line in product.Description.Split('\n'))
        {
            var padded = Padded(line);
            if (words.Any(w => padded.Contains(w, StringComparison.Ordinal))) return line.Trim().TrimStart('-', '•', ' ').Trim();
        }
        return null;
    }

    // Spaces at both ends match whole words; hyphens count as spaces ("zip-up" = "zip up").
    private static string Padded(string text) => $" {IntentText.Normalize(text.Replace('-', ' '))} ";

    private sealed class FeatureFile
    {
        public Dictionary<string, FeatureEntry> Features { get; set; } = [];
        public List<string> QuestionOpeners { get; set; } = [];
    }

    private sealed class FeatureEntry
    {
        public List<string> Asked { get; set; } = [];
        public List<string> Described { get; set; } = [];
    }
}
