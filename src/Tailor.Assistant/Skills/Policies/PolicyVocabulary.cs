using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Skills.Policies;

/// <summary>
/// The words shoppers use for what policy pages say, from policy-vocabulary.yaml: stop words, phrases and synonyms
/// mapped to one concept, so "send it back" finds "return" and "courier" finds "carrier". Applied to pages and
/// questions alike.
/// </summary>
internal static class PolicyVocabulary
{
    private const string Resource = "Tailor.Assistant.Skills.Policies.policy-vocabulary.yaml";
    private static readonly VocabularyFile File = Load();

    /// <summary>Words that carry no meaning for retrieval.</summary>
    public static readonly HashSet<string> StopWords = new(File.StopWords, StringComparer.Ordinal);

    /// <summary>Several words that mean one thing; matched on whole words before stemming, longest first.</summary>
    public static readonly IReadOnlyDictionary<string, string> Phrases = new Dictionary<string, string>(File.Phrases, StringComparer.Ordinal);

    /// <summary>Surface words by the concept they stand for; each word is stemmed before lookup, so listing one form is enough.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Concepts = File.Concepts.ToDictionary(c => c.Key, c => c.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Everyday words, places and days that, on their own, do not make a question about the store.</summary>
    public static readonly HashSet<string> WeakWords = new(File.WeakWords, StringComparer.Ordinal);

    /// <summary>Terms that also stand for a wider one: a Sunday is part of the weekend, so "deliver on sunday" finds "weekends".</summary>
    public static readonly IReadOnlyDictionary<string, string> Broader = new Dictionary<string, string>(File.Broader, StringComparer.Ordinal);

    /// <summary>Garments and other things a shopper may ask about; a word the pages never use stands for "item".</summary>
    public static readonly HashSet<string> ProductWords = new(File.ProductWords, StringComparer.Ordinal);

    private static VocabularyFile Load()
    {
        using var stream = typeof(PolicyVocabulary).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in Tailor.Assistant.");
        using var reader = new StreamReader(stream);
        return new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<VocabularyFile>(reader);
    }

    private sealed class VocabularyFile
    {
        public List<string> StopWords { get; set; } = [];
        public Dictionary<string, string> Phrases { get; set; } = [];
        public Dictionary<string, List<string>> Concepts { get; set; } = [];
        public List<string> WeakWords { get; set; } = [];
        public Dictionary<string, string> Broader { get; set; } = [];
        public List<string> ProductWords { get; set; } = [];
    }
}
