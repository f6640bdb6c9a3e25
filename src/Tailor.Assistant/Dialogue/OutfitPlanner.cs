using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Dialogue;

/// <summary>Which categories complete a look around an anchor item or an occasion, from training/outfits.yaml.</summary>
public sealed class OutfitPlanner
{
    private readonly OutfitsFile outfits;

    private OutfitPlanner(OutfitsFile outfits) => this.outfits = outfits;

    public static OutfitPlanner Load(string file) => new(new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
        .Deserialize<OutfitsFile>(File.ReadAllText(file)));

    public IReadOnlyList<string> CompanionsOf(string? category, string? occasion) =>
        category is not null && outfits.Companions.TryGetValue(category, out var companions) ? companions
        : occasion is not null && outfits.Occasions.TryGetValue(occasion, out var look) ? look
        : outfits.Everyday;

    private sealed class OutfitsFile
    {
        public Dictionary<string, List<string>> Companions { get; set; } = [];
        public Dictionary<string, List<string>> Occasions { get; set; } = [];
        public List<string> Everyday { get; set; } = [];
    }
}
