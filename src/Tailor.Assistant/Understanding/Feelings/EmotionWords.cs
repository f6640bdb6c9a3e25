using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Understanding.Feelings;

/// <summary>
/// <c>training/emotion.yaml</c>: weighted mood words (frustration tracking), feeling phrases by label, how each label
/// scores, and prototype sentences per label for the sentence encoder.
/// </summary>
public sealed record EmotionWords
{
    public IReadOnlyList<(string Phrase, double Weight)> Negative { get; init; } = [];
    public IReadOnlyList<(string Phrase, double Weight)> Positive { get; init; } = [];
    /// <summary>Label → phrases, in the file's order (the first label that matches wins).</summary>
    public IReadOnlyList<(string Label, IReadOnlyList<string> Phrases)> Feelings { get; init; } = [];
    public IReadOnlyDictionary<string, FeelingScore> Scores { get; init; } = new Dictionary<string, FeelingScore>();
    public IReadOnlyList<(string Label, string Sentence)> Prototypes { get; init; } = [];

    /// <summary>Every single word the file names: feelings are never search words.</summary>
    public IEnumerable<string> SingleWords =>
        Negative.Concat(Positive).Select(p => p.Phrase).Concat(Feelings.SelectMany(f => f.Phrases))
            .Where(p => p.All(char.IsLetter)).Distinct();

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    public static EmotionWords Load(string file)
    {
        Document document;
        try
        {
            document = Deserializer.Deserialize<Document?>(File.ReadAllText(file)) ?? new Document();
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(file)} (line {e.Start.Line}): {(e.InnerException ?? e).Message}", e);
        }
        return new EmotionWords
        {
            Negative = Weighted(document.Negative),
            Positive = Weighted(document.Positive),
            Feelings = (document.Feelings ?? []).Select(f => (f.Key, (IReadOnlyList<string>)f.Value.Select(Clean).ToArray())).ToArray(),
            Scores = (document.FeelingScores ?? []).ToDictionary(s => s.Key, s => new FeelingScore(s.Value.Sentiment, s.Value.Frustration)),
            Prototypes = (document.Prototypes ?? []).SelectMany(p => p.Value.Select(sentence => (p.Key, sentence))).ToArray(),
        };
    }

    private static string Clean(string phrase) => phrase.Trim().ToLowerInvariant();

    private static IReadOnlyList<(string, double)> Weighted(Dictionary<string, double>? words) =>
        (words ?? []).Select(w => (Clean(w.Key), w.Value)).ToArray();

    private sealed class Document
    {
        public Dictionary<string, double>? Negative { get; set; }
        public Dictionary<string, double>? Positive { get; set; }
        public Dictionary<string, List<string>>? Feelings { get; set; }
        public Dictionary<string, ScoreDocument>? FeelingScores { get; set; }
        public Dictionary<string, List<string>>? Prototypes { get; set; }
    }

    private sealed class ScoreDocument
    {
        public double Sentiment { get; set; }
        public double Frustration { get; set; }
    }
}

/// <summary>How one feeling label moves sentiment (−1…1) and frustration (0…1).</summary>
public sealed record FeelingScore(double Sentiment, double Frustration);
