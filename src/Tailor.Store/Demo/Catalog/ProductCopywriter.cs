using System.Text;
using Tailor.Domain.Catalog;

namespace Tailor.Store.Demo.Catalog;

/// <summary>Writes product titles and descriptions from a product's attributes, choosing among many sentence shapes.</summary>
internal sealed class ProductCopywriter(Random random)
{
    /// <summary>A title such as "Aurora Linen Midi Dress" or "Stripe Poplin Shirt"; the style name is returned for the copy.</summary>
    public (string Title, string StyleName) Title(CategoryRange range, string noun, MaterialSpec material, ProductAttributes attributes)
    {
        var name = random.Pick(CopyPhrases.StyleNames);
        var materialWord = material.TitleWord;
        var patterned = attributes.Pattern is { } p && p != "solid";
        var title = random.Next(6) switch
        {
            0 or 1 => Compose(noun, name, materialWord),
            2 when patterned => Compose(noun, StyleVocabulary.TitleWord(attributes.Pattern!)),
            2 or 3 => Compose(noun, random.Pick(CopyPhrases.Adjectives), materialWord),
            4 when range.Category.Department == Department.Clothing && attributes.Fit is { } fit && fit != "regular" =>
                Compose(noun, TitleCase(fit), patterned ? StyleVocabulary.TitleWord(attributes.Pattern!) : materialWord),
            _ => Compose(noun, "The " + name),
        };
        return (title, name);
    }

    public string Description(Product product, CategoryRange range, string noun, string styleName, MaterialSpec material, IReadOnlyList<string> colours)
    {
        var attributes = product.Attributes;
        var occasion = CopyPhrases.OccasionPhrase(random.Pick(attributes.Occasions));
        var season = random.Pick(attributes.Seasons);
        var style = attributes.Styles.Count > 0 ? attributes.Styles[0] : "classic";
        var pattern = attributes.Pattern is { } p && p != "solid" ? p + " " : "";
        var plural = CopyPhrases.IsPlural(noun);
        string Fill(string template) => Placeholders.Fill(template, plural, (name, plural) => name switch
        {
            "title" => product.Title,
            "noun" => noun.ToLowerInvariant(),
            "name" => styleName,
            "brand" => product.Brand,
            "style" => style,
            "season" => season,
            "occasion" => occasion,
            "pattern" => pattern,
            "material" => material.Name,
            "pairing" => random.Pick(CopyPhrases.PairingsFor(range.Category.Slug)),
            _ => CopyPhrases.Agreement(name, plural),
        });

        var text = new StringBuilder(640);
        text.Append(Fill(random.Pick(CopyPhrases.Openers))).Append(' ').Append(random.Pick(material.Stories));
        var fitLine = CopyPhrases.FitLine(attributes.Fit);
        text.Append("\n\n");
        if (fitLine.Length > 0) text.Append(fitLine).Append(' ');
        text.Append(Fill(random.Pick(CopyPhrases.StylingTips)));
        if (material.Sustainable) text.Append(' ').Append(Fill(random.Pick(CopyPhrases.SustainableNotes)));

        text.Append("\n\nDetails:");
        foreach (var detail in random.PickDistinct(range.Category.Details, random.Between(2, 4)))
            text.Append("\n- ").Append(Capitalise(detail));
        if (attributes.Neckline is { } neckline) text.Append("\n- ").Append(Capitalise(neckline));
        if (attributes.Sleeve is { } sleeve) text.Append("\n- ").Append(Capitalise(sleeve)).Append(sleeve.EndsWith(" sleeve", StringComparison.Ordinal) ? "s" : "");
        if (ModelNote(range) is { } note) text.Append("\n- ").Append(note);
        text.Append("\n\nAvailable in ").Append(JoinColours(colours)).Append('.');
        return text.ToString();
    }

    // Shoppers size themselves against the model, so clothing says what the model wears.
    private string? ModelNote(CategoryRange range) => (range.Category.Department, range.Gender, range.Sizes) switch
    {
        (Department.Clothing, Gender.Women, SizeSystem.WomenNumeric) => $"Model is {random.Between(172, 180)} cm and wears a UK {random.Pick<string>(["8", "10"])}",
        (Department.Clothing, Gender.Women, _) => $"Model is {random.Between(172, 180)} cm and wears a size {random.Pick<string>(["S", "M"])}",
        (Department.Clothing, Gender.Men, SizeSystem.MenWaist) => $"Model is {random.Between(183, 190)} cm and wears a {random.Pick<string>(["30", "32"])} waist",
        (Department.Clothing, Gender.Men, _) => $"Model is {random.Between(183, 190)} cm and wears a size {random.Pick<string>(["M", "L"])}",
        _ => null,
    };

    private static string JoinColours(IReadOnlyList<string> colours) =>
        colours.Count == 1 ? colours[0] : string.Join(", ", colours.Take(colours.Count - 1)) + " and " + colours[^1];

    // A modifier already in the noun is dropped: no "Denim Denim Jacket", no "Check Check Scarf".
    private static string Compose(string noun, params string[] modifiers)
    {
        var title = new StringBuilder();
        foreach (var modifier in modifiers)
        {
            if (modifier.Length == 0 || noun.Contains(modifier.Replace("The ", ""), StringComparison.OrdinalIgnoreCase)) continue;
            title.Append(modifier).Append(' ');
        }
        return title.Append(noun).ToString();
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    // "wide-leg" → "Wide-Leg", as the nouns are written.
    private static string TitleCase(string text) => string.Join('-', text.Split('-').Select(Capitalise));
}
