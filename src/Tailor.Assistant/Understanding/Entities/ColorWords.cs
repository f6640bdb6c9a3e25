using System.Collections.Concurrent;
using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Domain.Catalog;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Colour names beyond the catalog's own (<c>training/colors.yaml</c>), each read as a colour family: "teal" is a blue,
/// "mustard" a yellow. Only listed names are colours at all. The family comes from the store's colour table, a family
/// word in the name, or the sentence encoder (nearest family description above a floor), worked out once per name.
/// </summary>
public sealed class ColorWords
{
    /// <summary>Path relative to the repository root, beside <c>synonyms.yaml</c>.</summary>
    public const string FileName = "colors.yaml";

    // A colour name sits around 0.4–0.6 from its family's description and below 0.3 from the others.
    private const float FamilyFloor = 0.35f;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    private readonly HashSet<string> names;
    private readonly IReadOnlyList<(string Family, string Description)> families;
    private readonly ITextEncoder? encoder;
    private readonly Lazy<float[][]> familyVectors;
    private readonly ConcurrentDictionary<string, string?> familyByName = new(StringComparer.Ordinal);

    public ColorWords(IEnumerable<string> names, IReadOnlyList<(string Family, string Description)> families, ITextEncoder? encoder)
    {
        this.names = names.Select(n => string.Join(' ', MessageWords.Keys(n))).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        (this.families, this.encoder) = (families, encoder is { IsAvailable: true } ? encoder : null);
        familyVectors = new Lazy<float[][]>(() => this.encoder!.EncodeBatch(families.Select(f => f.Description).ToArray(), CancellationToken.None));
        LongestName = this.names.Select(n => n.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    public static readonly ColorWords None = new([], [], null);

    public static ColorWords Load(string file, ITextEncoder? encoder)
    {
        var document = Deserializer.Deserialize<Document?>(File.ReadAllText(file)) ?? new Document();
        return new ColorWords(document.Names ?? [], (document.Families ?? []).Select(f => (f.Key, f.Value)).ToArray(), encoder);
    }

    /// <summary>The lexicon beside a synonyms file (tests and tools), else none.</summary>
    public static ColorWords Beside(string synonymsFile, ITextEncoder? encoder)
    {
        var file = Path.Combine(Path.GetDirectoryName(synonymsFile) ?? "", FileName);
        return File.Exists(file) ? Load(file, encoder) : None;
    }

    public int LongestName { get; }

    /// <summary>Every word of every name: never "corrected" as a typo into a catalog word.</summary>
    public IEnumerable<string> Words => names.SelectMany(n => n.Split(' '));

    public bool IsColorName(string folded) => names.Contains(folded);

    /// <summary>The family of a listed colour name, or null when nothing places it (the encoder off, or below the floor).</summary>
    public string? FamilyOf(string folded) => names.Contains(folded) ? familyByName.GetOrAdd(folded, Resolve) : null;

    private string? Resolve(string name)
    {
        if (ColorFamilies.KnownColors.Contains(name, StringComparer.OrdinalIgnoreCase)) return ColorFamilies.FamilyOf(name);
        var words = name.Split(' ');
        if (families.Select(f => f.Family).LastOrDefault(f => words.Contains(f)) is { } named) return named;
        if (words.Select(w => ColorFamilies.KnownColors.FirstOrDefault(k => k.Equals(w, StringComparison.OrdinalIgnoreCase))).LastOrDefault(k => k is not null) is { } known)
            return ColorFamilies.FamilyOf(known);
        if (encoder is null || families.Count == 0) return null;
        var vector = encoder.Encode($"the colour {name}");
        var (best, similarity) = (-1, FamilyFloor);
        for (var i = 0; i < families.Count; i++)
        {
            var cosine = Vectors.Cosine(vector, familyVectors.Value[i]);
            if (cosine >= similarity) (best, similarity) = (i, cosine);
        }
        return best < 0 ? null : families[best].Family;
    }

    /// <summary>
    /// Marks free listed colour names in the message as colour families, longest name first. With
    /// <paramref name="minLength"/> 2, before the catalog phrases, only names of several words that no catalog phrase
    /// starts ("lilac grey", not "navy blue"), so "grey" is not read alone.
    /// </summary>
    internal void Find(MessageScan scan, int minLength = 1, Func<int, bool>? catalogPhraseAt = null)
    {
        if (names.Count == 0) return;
        for (var i = 0; i < scan.Count; i++)
        {
            if (!scan.IsFree(i) || catalogPhraseAt?.Invoke(i) == true) continue;
            for (var length = Math.Min(LongestName, scan.Count - i); length >= minLength; length--)
            {
                if (Enumerable.Range(i, length).Any(k => !scan.IsFree(k) || (k > i && scan.Words[k].BreakBefore))) continue;
                var phrase = string.Join(' ', Enumerable.Range(i, length).Select(k => scan.Keys[k]));
                if (FamilyOf(phrase) is not { } family) continue;
                scan.Add(EntityKinds.Color, family, i, i + length - 1);
                i += length - 1;
                break;
            }
        }
    }

    private sealed class Document
    {
        public Dictionary<string, string>? Families { get; set; }
        public List<string>? Names { get; set; }
    }
}
