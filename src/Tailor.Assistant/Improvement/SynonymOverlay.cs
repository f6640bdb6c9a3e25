using Tailor.Assistant.Understanding.Entities;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Improvement;

/// <summary>
/// The store's own synonyms, added from the review queue when a search found nothing because a word was missing
/// ("trainers" for sneakers): <c>synonyms-overlay.yaml</c> in the data folder, in the group shape of
/// <c>training/synonyms.yaml</c> (<c>categories: { sneakers: [trainers] }</c>), so the shipped file stays as shipped.
/// </summary>
public sealed class SynonymOverlay(string dataFolder)
{
    public const string FileName = "synonyms-overlay.yaml";

    /// <summary>The groups of training/synonyms.yaml a missing word can be added to.</summary>
    public static readonly IReadOnlyList<string> Groups = ["categories", "colors", "materials", "patterns", "fits", "occasions", "seasons", "styles"];

    private static readonly IDeserializer Reader = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
    private static readonly ISerializer Writer = new SerializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
    private static readonly Lock Writing = new();

    public string Path { get; } = System.IO.Path.Combine(dataFolder, FileName);

    /// <summary>Every group with its canonical values and their added phrases.</summary>
    public SortedDictionary<string, SortedDictionary<string, List<string>>> Read() =>
        File.Exists(Path)
            ? Reader.Deserialize<SortedDictionary<string, SortedDictionary<string, List<string>>>?>(File.ReadAllText(Path)) ?? []
            : [];

    /// <summary>Adds <paramref name="phrase"/> as meaning <paramref name="canonical"/> in <paramref name="group"/>; false when it was already there.</summary>
    public bool Add(string group, string canonical, string phrase)
    {
        if (!Groups.Contains(group)) throw new ArgumentException($"group must be one of {string.Join(", ", Groups)}.", nameof(group));
        (canonical, phrase) = (Clean(canonical), Clean(phrase));
        if (canonical.Length == 0 || phrase.Length == 0) throw new ArgumentException("Both the catalog word and the shopper's word are needed.");
        lock (Writing)
        {
            var overlay = Read();
            if (!overlay.TryGetValue(group, out var values)) overlay[group] = values = [];
            if (!values.TryGetValue(canonical, out var phrases)) values[canonical] = phrases = [];
            if (phrases.Contains(phrase, StringComparer.Ordinal)) return false;
            phrases.Add(phrase);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temporary = $"{Path}.tmp";
            File.WriteAllText(temporary, "# Synonyms added by operators from the review queue; same groups as training/synonyms.yaml.\n" + Writer.Serialize(overlay));
            File.Move(temporary, Path, overwrite: true);
            return true;
        }
    }

    /// <summary>The shipped synonyms with the operators' added phrases in their groups.</summary>
    public ShopperSynonyms MergeInto(ShopperSynonyms shipped)
    {
        var overlay = Read();
        if (overlay.Count == 0) return shipped;
        IReadOnlyDictionary<string, IReadOnlyList<string>> Merge(string group, IReadOnlyDictionary<string, IReadOnlyList<string>> words)
        {
            if (!overlay.TryGetValue(group, out var added)) return words;
            var merged = words.ToDictionary(w => w.Key, w => w.Value.ToList(), StringComparer.Ordinal);
            foreach (var (canonical, phrases) in added)
                merged[canonical] = [.. merged.GetValueOrDefault(canonical, []).Union(phrases, StringComparer.Ordinal)];
            return merged.ToDictionary(m => m.Key, m => (IReadOnlyList<string>)m.Value, StringComparer.Ordinal);
        }
        return shipped with
        {
            Categories = Merge("categories", shipped.Categories), Colors = Merge("colors", shipped.Colors),
            Materials = Merge("materials", shipped.Materials), Patterns = Merge("patterns", shipped.Patterns),
            Fits = Merge("fits", shipped.Fits), Occasions = Merge("occasions", shipped.Occasions),
            Seasons = Merge("seasons", shipped.Seasons), Styles = Merge("styles", shipped.Styles),
        };
    }

    private static string Clean(string text) => string.Join(' ', text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
