using Tailor.Assistant.Understanding.Intents;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Skills.Styling;

/// <summary>
/// What a stylist knows, read from <c>training/style/*.yaml</c>: occasions and their dress codes, body shapes and what
/// flatters them, colour harmony, how formal each category is and how companions are priced against the centre piece.
/// </summary>
public sealed class StyleKnowledge
{
    public const string Folder = "style";

    public required IReadOnlyDictionary<string, OccasionRule> Occasions { get; init; }
    public required IReadOnlyDictionary<string, BodyShapeRule> Shapes { get; init; }
    public required ColorHarmony Harmony { get; init; }
    public required IReadOnlyDictionary<string, int> Formality { get; init; }
    public required PriceBand PriceBand { get; init; }
    /// <summary>Companions by department for a centre piece whose usual companions have nothing in its department.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> FallbackLooks { get; init; }

    /// <summary>The knowledge in the repository's <c>training/style</c> folder, read once per process.</summary>
    public static StyleKnowledge Default => DefaultKnowledge.Value;

    private static readonly Lazy<StyleKnowledge> DefaultKnowledge = new(() => Load(Path.GetDirectoryName(TrainingData.File(Path.Combine(Folder, "occasions.yaml")))!));

    /// <summary>How formal a category is (1 sporty … 5 formal); 3 for one the data does not rate.</summary>
    public int FormalityOf(string category) => Formality.TryGetValue(category, out var level) ? level : 3;

    public static StyleKnowledge Load(string folder)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        T Read<T>(string name) => yaml.Deserialize<T>(File.ReadAllText(Path.Combine(folder, name)));
        var occasions = Read<OccasionsFile>("occasions.yaml");
        var shapes = Read<ShapesFile>("body_shapes.yaml");
        var harmony = Read<HarmonyFile>("harmony.yaml");
        return new StyleKnowledge
        {
            Occasions = occasions.Occasions.ToDictionary(o => o.Key, o => new OccasionRule(o.Key, o.Value.Words, o.Value.Catalog,
                o.Value.Formality.Min, o.Value.Formality.Max, o.Value.Prefer, o.Value.Avoid, o.Value.Never, o.Value.AvoidPatterns, o.Value.Why,
                o.Value.Looks.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value))),
            Shapes = shapes.Shapes.ToDictionary(s => s.Key, s => new BodyShapeRule(s.Key, s.Value.Words,
                s.Value.Fits.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value), s.Value.Necklines, s.Value.AvoidFits, s.Value.Why)),
            Harmony = new ColorHarmony(harmony.Neutrals, harmony.Companions.ToDictionary(c => c.Key, c => new HarmonyRule(c.Value.With, c.Value.Why)),
                harmony.NeutralWhy),
            Formality = harmony.Formality,
            PriceBand = new PriceBand(harmony.PriceBand.Min, harmony.PriceBand.Max, harmony.PriceBand.Floor),
            FallbackLooks = harmony.FallbackLooks.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value),
        };
    }

    // YamlDotNet binds to mutable classes; unknown keys throw, so a typo in the data fails loudly at start.
    private sealed class OccasionsFile { public Dictionary<string, OccasionEntry> Occasions { get; set; } = []; }

    private sealed class OccasionEntry
    {
        public List<string> Words { get; set; } = [];
        public List<string> Catalog { get; set; } = [];
        public RangeEntry Formality { get; set; } = new();
        public List<string> Prefer { get; set; } = [];
        public List<string> Avoid { get; set; } = [];
        public List<string> Never { get; set; } = [];
        public List<string> AvoidPatterns { get; set; } = [];
        public string Why { get; set; } = "";
        public Dictionary<string, List<string>> Looks { get; set; } = [];
    }

    private sealed class RangeEntry
    {
        public decimal Min { get; set; }
        public decimal Max { get; set; }
        public decimal Floor { get; set; }
    }

    private sealed class ShapesFile { public Dictionary<string, ShapeEntry> Shapes { get; set; } = []; }

    private sealed class ShapeEntry
    {
        public List<string> Words { get; set; } = [];
        public Dictionary<string, List<string>> Fits { get; set; } = [];
        public List<string> Necklines { get; set; } = [];
        public List<string> AvoidFits { get; set; } = [];
        public string Why { get; set; } = "";
    }

    private sealed class HarmonyFile
    {
        public List<string> Neutrals { get; set; } = [];
        public Dictionary<string, HarmonyEntry> Companions { get; set; } = [];
        public string NeutralWhy { get; set; } = "";
        public Dictionary<string, int> Formality { get; set; } = [];
        public RangeEntry PriceBand { get; set; } = new();
        public Dictionary<string, List<string>> FallbackLooks { get; set; } = [];
    }

    private sealed class HarmonyEntry
    {
        public List<string> With { get; set; } = [];
        public string Why { get; set; } = "";
    }
}
