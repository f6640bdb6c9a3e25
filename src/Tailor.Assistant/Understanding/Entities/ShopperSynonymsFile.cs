using System.Runtime.CompilerServices;
using Tailor.Domain.Catalog;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>Finds and reads <c>training/synonyms.yaml</c>; a malformed file fails loudly with the line to fix.</summary>
public static class ShopperSynonymsFile
{
    /// <summary>Path of the file relative to the repository root (and to the app's output folder).</summary>
    public const string RelativePath = "training/synonyms.yaml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>
    /// The nearest <c>training/synonyms.yaml</c> above the app's base directory, else above the current directory,
    /// else above this source file (builds whose output lives outside the repository, e.g. <c>TAILOR_ARTIFACTS</c>).
    /// </summary>
    public static string Find()
    {
        string[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, SourceDirectory()];
        return starts.Select(TryFind).FirstOrDefault(file => file is not null)
            ?? throw new FileNotFoundException($"Could not find '{RelativePath}' above any of: {string.Join(", ", starts)}.");
    }

    /// <summary>The nearest <c>training/synonyms.yaml</c> at or above <paramref name="startDirectory"/>, or null.</summary>
    public static string? TryFind(string startDirectory)
    {
        if (string.IsNullOrEmpty(startDirectory)) return null;
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "training", "synonyms.yaml");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static ShopperSynonyms Read(string path)
    {
        var fileName = Path.GetFileName(path);
        SynonymsDocument? document;
        try
        {
            document = Deserializer.Deserialize<SynonymsDocument?>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            // YamlDotNet nests the useful message (e.g. an unknown key) inside a generic one.
            throw new InvalidDataException($"{fileName} (line {e.Start.Line}, column {e.Start.Column}): {(e.InnerException ?? e).Message}", e);
        }
        var synonyms = ToSynonyms(document ?? new SynonymsDocument(), fileName);
        // Mood words sit in emotion.yaml beside this file: whatever carries a feeling is not a search word.
        var emotionFile = Path.Combine(Path.GetDirectoryName(path) ?? "", "emotion.yaml");
        return File.Exists(emotionFile)
            ? synonyms with { ChatWords = synonyms.ChatWords.Concat(Feelings.EmotionWords.Load(emotionFile).SingleWords).Distinct().ToArray() }
            : synonyms;
    }

    private static ShopperSynonyms ToSynonyms(SynonymsDocument d, string fileName)
    {
        RequireNames<Gender>(d.Genders, "genders", fileName);
        RequireNames<SearchSort>(d.Sort, "sort", fileName);
        RequireNames<ProductAspect>(d.Aspects, "aspects", fileName);
        RequireNames<PriceDirection>(d.PriceDirection, "price_direction", fileName);
        var conversions = d.SizeConversions ?? new ConversionsDocument();
        return new ShopperSynonyms
        {
            Categories = Groups(d.Categories), Colors = Groups(d.Colors), Materials = Groups(d.Materials),
            Patterns = Groups(d.Patterns), Fits = Groups(d.Fits), Occasions = Groups(d.Occasions),
            Seasons = Groups(d.Seasons), Styles = Groups(d.Styles), Sleeves = Groups(d.Sleeves), Necklines = Groups(d.Necklines), Genders = Groups(d.Genders), Sizes = Groups(d.Sizes),
            Sort = Groups(d.Sort), Aspects = Groups(d.Aspects), PriceDirection = Groups(d.PriceDirection),
            OnSale = Words(d.OnSale),
            SizeConversions = new SizeConversions(Table(conversions.EuClothing), Table(conversions.UsClothing),
                Table(conversions.EuShoes), Table(conversions.UsWomenShoes), Table(conversions.UsMenShoes)),
            FootwearCategories = Words(d.FootwearCategories), FootwearWords = Words(d.FootwearWords),
            WordGuards = (d.WordGuards ?? []).Select(g => new WordGuard(Words(g.Words), Words(g.After), Words(g.Before))).ToArray(),
            StopWords = Words(d.StopWords), NeverCorrect = Words(d.NeverCorrect),
            SizeDescribes = Words(d.SizeDescribes), Defects = Words(d.Defects), ChatWords = Words(d.ChatWords),
        };
    }

    /// <summary>Enum-keyed groups must name a real member ("price_low_to_high" → PriceLowToHigh), or the words would be lost.</summary>
    private static void RequireNames<TEnum>(Dictionary<string, List<string?>?>? groups, string section, string fileName) where TEnum : struct, Enum
    {
        foreach (var name in groups?.Keys ?? Enumerable.Empty<string>())
            if (!Enum.TryParse<TEnum>(name.Replace("_", ""), ignoreCase: true, out _))
                throw new InvalidDataException(
                    $"{fileName}: '{name}' under '{section}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())} (write it in snake_case).");
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Groups(Dictionary<string, List<string?>?>? groups) =>
        (groups ?? []).ToDictionary(g => g.Key.Trim(), g => Words(g.Value), StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Words(List<string?>? words) =>
        (words ?? []).Select(w => w?.Trim().ToLowerInvariant() ?? "").Where(w => w.Length > 0).Distinct().ToArray();

    private static IReadOnlyDictionary<string, string> Table(Dictionary<string, string>? table) =>
        (table ?? []).ToDictionary(t => t.Key.Trim(), t => t.Value.Trim(), StringComparer.OrdinalIgnoreCase);

    // The compiler records where this file was at build time; on another machine the path simply won't exist.
    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "";

    // YamlDotNet binds to mutable classes; unknown keys throw, which is how typos in the file surface.
    private sealed class SynonymsDocument
    {
        public Dictionary<string, List<string?>?>? Categories { get; set; }
        public Dictionary<string, List<string?>?>? Colors { get; set; }
        public Dictionary<string, List<string?>?>? Materials { get; set; }
        public Dictionary<string, List<string?>?>? Patterns { get; set; }
        public Dictionary<string, List<string?>?>? Fits { get; set; }
        public Dictionary<string, List<string?>?>? Occasions { get; set; }
        public Dictionary<string, List<string?>?>? Seasons { get; set; }
        public Dictionary<string, List<string?>?>? Styles { get; set; }
        public Dictionary<string, List<string?>?>? Sleeves { get; set; }
        public Dictionary<string, List<string?>?>? Necklines { get; set; }
        public List<string?>? SizeDescribes { get; set; }
        public List<string?>? Defects { get; set; }
        public List<string?>? ChatWords { get; set; }
        public Dictionary<string, List<string?>?>? Genders { get; set; }
        public Dictionary<string, List<string?>?>? Sizes { get; set; }
        public Dictionary<string, List<string?>?>? Sort { get; set; }
        public Dictionary<string, List<string?>?>? Aspects { get; set; }
        public Dictionary<string, List<string?>?>? PriceDirection { get; set; }
        public List<string?>? OnSale { get; set; }
        public ConversionsDocument? SizeConversions { get; set; }
        public List<string?>? FootwearCategories { get; set; }
        public List<string?>? FootwearWords { get; set; }
        public List<WordGuardDocument>? WordGuards { get; set; }
        public List<string?>? StopWords { get; set; }
        public List<string?>? NeverCorrect { get; set; }
    }

    private sealed class ConversionsDocument
    {
        public Dictionary<string, string>? EuClothing { get; set; }
        public Dictionary<string, string>? UsClothing { get; set; }
        public Dictionary<string, string>? EuShoes { get; set; }
        public Dictionary<string, string>? UsWomenShoes { get; set; }
        public Dictionary<string, string>? UsMenShoes { get; set; }
    }

    private sealed class WordGuardDocument
    {
        public List<string?>? Words { get; set; }
        public List<string?>? After { get; set; }
        public List<string?>? Before { get; set; }
    }
}
