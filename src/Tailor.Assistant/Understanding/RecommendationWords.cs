using Tailor.Assistant.Skills.Recommendations;
using Tailor.Assistant.Understanding.Intents;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Understanding;

/// <summary>
/// Reads which kind of recommendation a message asks for ("like this but cheaper", "what goes with it", "what's
/// popular") from the phrases in training/recommendation_words.yaml.
/// </summary>
public sealed class RecommendationWords
{
    public const string FileName = "recommendation_words.yaml";

    private static readonly Lazy<RecommendationWords> Shared = new(() => Load(TrainingData.File(FileName)));

    private readonly IReadOnlyList<(RecommendationKind Kind, string[] Phrases)> kinds;

    private RecommendationWords(IReadOnlyList<(RecommendationKind, string[])> kinds) => this.kinds = kinds;

    /// <summary>The phrases shipped with the repository.</summary>
    public static RecommendationWords Default => Shared.Value;

    public static RecommendationWords Load(string file)
    {
        var data = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<WordsFile>(File.ReadAllText(file)) ?? new WordsFile();
        return new RecommendationWords(data.Kinds.Select(pair => (Parse(pair.Key), pair.Value.Select(Padded).ToArray())).ToList());
    }

    /// <summary>The kind asked for, or null when the message does not say (the dialogue decides from what is in view).</summary>
    public RecommendationKind? KindOf(string text, PriceDirection? direction)
    {
        if (direction is PriceDirection.Cheaper) return RecommendationKind.Cheaper;
        var padded = Padded(text);
        foreach (var (kind, phrases) in kinds)
            if (phrases.Any(padded.Contains)) return kind;
        return null;
    }

    private static RecommendationKind Parse(string name) => name switch
    {
        "together" => RecommendationKind.BoughtTogether,
        _ => Enum.Parse<RecommendationKind>(name, ignoreCase: true),
    };

    // Lowercase words between single spaces, apostrophes and punctuation dropped, so "what's" is "whats".
    private static string Padded(string text)
    {
        var words = new string(text.ToLowerInvariant().Where(c => c != '\'' && c != '’').Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return " " + string.Join(' ', words) + " ";
    }

    private sealed class WordsFile
    {
        public Dictionary<string, List<string>> Kinds { get; set; } = [];
    }
}
