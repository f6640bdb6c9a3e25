using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Intents;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Customers.Profile;

/// <summary>
/// Tells apart a message about the shopper ("I'm a size 12", "I hate orange", "forget my sizes") from a plain search,
/// with the phrases in training/profile_words.yaml; the values themselves come from the entities already read.
/// </summary>
public sealed class ProfileWords
{
    public const string FileName = "profile_words.yaml";

    private static readonly Lazy<ProfileWords> Shared = new(() => Load(TrainingData.File(FileName)));

    private readonly WordsFile words;

    private ProfileWords(WordsFile words) => this.words = words;

    public static ProfileWords Default => Shared.Value;

    public static ProfileWords Load(string file) => new(new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build().Deserialize<WordsFile>(File.ReadAllText(file)) ?? new WordsFile());

    /// <summary>What the message asks of the profile, from its (masked) text and what understanding read in it.</summary>
    public ProfileRequest Read(string text, RecognizedEntities entities)
    {
        var padded = Padded(text);
        if (Has(padded, words.ForgetWords) && PartNamed(padded) is { } part) return new ProfileRequest(Forget: part);
        if (Has(padded, words.Show)) return new ProfileRequest(Show: true);

        var constraints = entities.Constraints;
        var remember = words.Remember;
        var statement = new ProfileStatement
        {
            Sizes = Has(padded, remember.Sizes) && (constraints.Size ?? entities.Measurements?.UsualSize) is { } size ? [size] : [],
            Fit = Has(padded, remember.Fit) ? FitNamed(padded, constraints) : null,
            // "I like the red one" points at a product; only a colour said of themselves is a taste.
            LikedColors = Has(padded, remember.LikedColors) && !Has(padded, remember.DislikedColors) && !PointsAtProduct(entities) ? constraints.Colors : [],
            // The dislike cues are negations the recognizer already reads ("hate", "never", "don't"): "I hate orange, show me
            // blue" dislikes orange only.
            DislikedColors = Has(padded, remember.DislikedColors) ? constraints.ExcludedColors : [],
            Budget = Has(padded, remember.Budget) ? constraints.MaxPrice : null,
            Department = Has(padded, remember.Department) ? constraints.Gender : null,
            Body = entities.Measurements is { IsEmpty: false } body && (body.ChestCm ?? body.WaistCm ?? body.HipCm ?? body.HeightCm) is not null ? body : null,
        };
        return statement.HasPreferences || statement.Body is not null ? new ProfileRequest(statement) : ProfileRequest.None;
    }

    /// <summary>Which way a stated fit goes between two sizes.</summary>
    public FitPreference FitOf(string fit) =>
        words.Fits.FirstOrDefault(pair => pair.Value.Contains(fit, StringComparer.OrdinalIgnoreCase)).Key switch
        {
            "loose" => FitPreference.Loose,
            "snug" => FitPreference.Snug,
            _ => FitPreference.Unstated,
        };

    private string? FitNamed(string padded, SearchConstraints constraints) =>
        constraints.Fits.FirstOrDefault() ?? words.Fits.Values.SelectMany(v => v).FirstOrDefault(f => padded.Contains($" {f} ", StringComparison.Ordinal));

    private ProfilePart? PartNamed(string padded)
    {
        foreach (var (part, names) in words.ForgetParts.OrderBy(p => p.Key == "all"))
            if (Has(padded, names)) return Enum.Parse<ProfilePart>(part, ignoreCase: true);
        return null;
    }

    private static bool PointsAtProduct(RecognizedEntities entities) =>
        entities.Ordinal is not null || entities.ReferencedColor is not null || entities.RefersToFocus || entities.NamedProduct is not null;

    private static bool Has(string padded, IEnumerable<string> phrases) => phrases.Any(p => padded.Contains($" {p} ", StringComparison.Ordinal));

    // Lowercase words between single spaces, apostrophes and punctuation dropped, so "I'm" is "im".
    internal static string Padded(string text)
    {
        var kept = new string(text.ToLowerInvariant().Where(c => c != '\'' && c != '’').Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray());
        return " " + string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
    }

    private sealed class WordsFile
    {
        public RememberWords Remember { get; set; } = new();
        public List<string> Show { get; set; } = [];
        public List<string> ForgetWords { get; set; } = [];
        public Dictionary<string, List<string>> ForgetParts { get; set; } = [];
        public Dictionary<string, List<string>> Fits { get; set; } = [];
    }

    private sealed class RememberWords
    {
        public List<string> Sizes { get; set; } = [];
        public List<string> LikedColors { get; set; } = [];
        public List<string> DislikedColors { get; set; } = [];
        public List<string> Fit { get; set; } = [];
        public List<string> Budget { get; set; } = [];
        public List<string> Department { get; set; } = [];
    }
}
