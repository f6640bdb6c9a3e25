using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Turns a <see cref="CatalogVocabulary"/> into the phrase table: every catalog value under its own name, every
/// synonym whose value the catalog has, brands as written and with "and" for "&amp;", and the cue phrases for
/// sort order, sale, price direction and product aspects.
/// </summary>
internal static class VocabularyPhrases
{
    public static PhraseTable Build(CatalogVocabulary vocabulary)
    {
        var builder = new PhraseTableBuilder();
        var synonyms = vocabulary.Synonyms;

        AddValues(builder, EntityKinds.Category, vocabulary.Categories, synonyms.Categories, inflect: true);
        AddValues(builder, EntityKinds.Color, [.. vocabulary.Colors, .. vocabulary.ColorFamilies], synonyms.Colors, inflect: true);
        AddValues(builder, EntityKinds.Material, vocabulary.Materials, synonyms.Materials, inflect: false);
        AddValues(builder, EntityKinds.Pattern, vocabulary.Patterns, synonyms.Patterns, inflect: false);
        AddValues(builder, EntityKinds.Fit, vocabulary.Fits, synonyms.Fits, inflect: false);
        AddValues(builder, EntityKinds.Occasion, vocabulary.Occasions, synonyms.Occasions, inflect: false);
        AddValues(builder, EntityKinds.Season, vocabulary.Seasons, synonyms.Seasons, inflect: false);
        AddValues(builder, EntityKinds.Style, vocabulary.Styles, synonyms.Styles, inflect: false);
        AddValues(builder, EntityKinds.Sleeve, vocabulary.Sleeves, synonyms.Sleeves, inflect: false);
        AddValues(builder, EntityKinds.Neckline, vocabulary.Necklines, synonyms.Necklines, inflect: false);
        foreach (var phrase in synonyms.Defects) builder.Add(phrase, new Meaning(EntityKinds.Defect, phrase));
        AddAnyPattern(builder, vocabulary.Patterns, synonyms.Patterns);
        foreach (var brand in vocabulary.Brands) AddBrand(builder, brand);

        AddNamed<Gender>(builder, EntityKinds.Gender, synonyms.Genders);
        AddNamed<SearchSort>(builder, EntityKinds.Sort, synonyms.Sort);
        AddNamed<ProductAspect>(builder, EntityKinds.Aspect, synonyms.Aspects);
        AddNamed<PriceDirection>(builder, EntityKinds.PriceDirection, synonyms.PriceDirection);
        foreach (var phrase in synonyms.OnSale) builder.Add(phrase, new Meaning(EntityKinds.OnSale, "true"));
        return builder.Build();
    }

    private static void AddValues(
        PhraseTableBuilder builder, string kind, IReadOnlyList<string> values,
        IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms, bool inflect)
    {
        var known = values.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var value in known) builder.Add(value, new Meaning(kind, value.ToLowerInvariant()), inflect);
        // Synonyms are listed in every form wanted: "kick" from "kicks" would make "kick off" a shoe.
        foreach (var (canonical, phrases) in synonyms)
        {
            if (!known.Contains(canonical)) continue;
            foreach (var phrase in phrases) builder.Add(phrase, new Meaning(kind, canonical.ToLowerInvariant()));
        }
    }

    /// <summary>"prints", "patterned": every pattern the catalog has except plain ones.</summary>
    private static void AddAnyPattern(PhraseTableBuilder builder, IReadOnlyList<string> patterns, IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms)
    {
        if (!synonyms.TryGetValue(ShopperSynonyms.AnyPattern, out var phrases)) return;
        foreach (var pattern in patterns.Where(p => p != "solid"))
            foreach (var phrase in phrases.Append(ShopperSynonyms.AnyPattern))
                builder.Add(phrase, new Meaning(EntityKinds.Pattern, pattern));
    }

    /// <summary>"Aster &amp; Oak" also as "aster and oak"; "Linden Denim Co." also without the "Co.".</summary>
    private static void AddBrand(PhraseTableBuilder builder, string brand)
    {
        var meaning = new Meaning(EntityKinds.Brand, brand);
        builder.Add(brand, meaning);
        if (brand.Contains('&')) builder.Add(brand.Replace("&", " and "), meaning);
        var keys = MessageWords.Keys(brand);
        if (keys.Length > 2 && keys[^1] is "co" or "ltd" or "inc") builder.Add(string.Join(' ', keys[..^1]), meaning);
    }

    /// <summary>Groups keyed by an enum member in snake case; the value is the member's name ("price_low_to_high" → PriceLowToHigh).</summary>
    private static void AddNamed<TEnum>(PhraseTableBuilder builder, string kind, IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
        where TEnum : struct, Enum
    {
        foreach (var (name, phrases) in groups)
        {
            if (!Enum.TryParse<TEnum>(name.Replace("_", ""), ignoreCase: true, out var member)) continue;
            foreach (var phrase in phrases) builder.Add(phrase, new Meaning(kind, member.ToString()));
        }
    }
}
