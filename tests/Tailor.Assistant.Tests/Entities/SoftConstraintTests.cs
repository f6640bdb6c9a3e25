using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Domain.Catalog;
using static Tailor.Assistant.Tests.Entities.TestCatalog;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>Feelings and chat kept out of search words; sizes before the noun, sleeves, necklines, colour names, plain, numbered brands, defects.</summary>
public sealed class SoftConstraintTests
{
    private static readonly IReadOnlyList<Product> Extended = [.. Products, Tops("long sleeve", "crew neck"), Tops("sleeveless", "v-neck"),
        Make("dresses", Gender.Women, "Studio 54", "satin", "solid", "fitted", ["party"], ["winter"], ["glam"], ["black"], ["8", "10"]),
        Make("jeans", Gender.Men, "Levi's", "denim", "solid", "straight", ["casual"], ["autumn"], ["classic"], ["indigo"], ["32"])];

    private static readonly CatalogVocabulary ExtendedVocabulary = CatalogVocabulary.From(Extended, Synonyms);
    private static readonly EntityRecognizer WordsOnly = new(ExtendedVocabulary, ColorWords.Beside(ShopperSynonymsFile.Find(), new NoTextEncoder()));
    private static readonly Lazy<EntityRecognizer> WithEncoder = new(() =>
        new EntityRecognizer(ExtendedVocabulary, ColorWords.Beside(ShopperSynonymsFile.Find(), new MiniLmTextEncoder(new TextEncoderOptions()))));

    private static Product Tops(string sleeve, string neckline)
    {
        var product = Make("t-shirts", Gender.Women, "Aster & Oak", "cotton", "solid", "regular", ["casual"], ["summer"], ["minimalist"], ["white"], ["S", "M", "L"]);
        product.Attributes.Sleeve = sleeve;
        product.Attributes.Neckline = neckline;
        return product;
    }

    [Theory]
    [InlineData("I'm really upset, the dress I got has a hole in it")]
    [InlineData("I'm stressed, help me find a coat")]
    [InlineData("omg honestly so excited, any dresses for a party?")]
    [InlineData("ugh this is ridiculous, show me jeans")]
    public void Feelings_politeness_and_chat_never_become_search_words(string text) =>
        Assert.Empty(WordsOnly.Recognize(text).Constraints.Terms);

    [Fact]
    public void Content_words_the_catalog_does_not_know_stay_search_words()
    {
        var terms = WordsOnly.Recognize("something comfy and cosy, a bit of drip").Constraints.Terms;
        Assert.Equal(["comfy", "cosy", "drip"], terms);
    }

    [Theory]
    [InlineData("large jeans", "jeans", "L")]
    [InlineData("a medium jumper", "knitwear", "M")]
    [InlineData("small t-shirts please", "t-shirts", "S")]
    public void A_size_word_before_a_garment_is_the_size_wanted(string text, string category, string size)
    {
        var c = WordsOnly.Recognize(text).Constraints;
        Assert.Equal((category, size), (c.Category, c.Size));
    }

    [Fact]
    public void A_letter_size_before_an_unknown_garment_is_the_size_and_the_garment_a_search_word()
    {
        var c = WordsOnly.Recognize("XL hoodie").Constraints;
        Assert.Equal(("XL", "hoodie"), (c.Size, Join(c.Terms)));
    }

    [Theory]
    [InlineData("a small bag")]
    [InlineData("large earrings")]
    [InlineData("medium blue dress")]
    public void A_size_word_describing_an_accessory_or_a_shade_is_not_a_size(string text) =>
        Assert.Null(WordsOnly.Recognize(text).Constraints.Size);

    [Theory]
    [InlineData("long sleeve tops", "long sleeve", "")]
    [InlineData("short-sleeved t-shirt", "", "")]
    [InlineData("sleeveless v-neck top", "sleeveless", "v-neck")]
    [InlineData("a crew neck tee with long sleeves", "long sleeve", "crew neck")]
    public void Sleeve_length_and_neckline_are_constraints(string text, string sleeve, string neckline)
    {
        var c = WordsOnly.Recognize(text).Constraints;
        // "short sleeve" is not in this catalog, so it is no filter: the synonym only maps to values the store has.
        Assert.Equal((sleeve, neckline), (Join(c.Sleeves), Join(c.Necklines)));
    }

    [Theory]
    [InlineData("long sleeve tops in teal", "blue")]
    [InlineData("an oxblood bag", "burgundy")]
    [InlineData("dusty blue dress", "blue")]
    [InlineData("lilac grey jumper", "grey")]
    public void Colour_names_outside_the_catalog_map_to_a_family_by_words(string text, string color) =>
        Assert.Equal(color, Join(WordsOnly.Recognize(text).Constraints.Colors));

    [Fact]
    public void Without_the_encoder_an_unplaceable_colour_name_stays_a_search_word()
    {
        var c = WordsOnly.Recognize("periwinkle dress").Constraints;
        Assert.Empty(c.Colors);
        Assert.Contains("periwinkle", c.Terms);
    }

    [Theory]
    [InlineData("periwinkle dress", new[] { "blue", "purple" })]
    [InlineData("chartreuse top", new[] { "green", "yellow" })]
    [InlineData("aubergine jumper", new[] { "purple" })]
    public void The_encoder_places_a_colour_name_in_its_nearest_family(string text, string[] families) =>
        Assert.Contains(Join(WithEncoder.Value.Recognize(text).Constraints.Colors), families);

    [Theory]
    [InlineData("something comfy")]
    [InlineData("an edgy jacket")]
    [InlineData("cosy knit")]
    public void Words_that_are_not_colour_names_never_become_colours(string text) =>
        Assert.Empty(WithEncoder.Value.Recognize(text).Constraints.Colors);

    [Fact]
    public void Plain_means_a_solid_pattern() =>
        Assert.Equal("solid", Join(WordsOnly.Recognize("plain t-shirt").Constraints.Patterns));

    [Theory]
    [InlineData("Studio 54 dresses", "Studio 54", null)]
    [InlineData("studio 54 dress under 80", "Studio 54", "80")]
    [InlineData("Levi's 501 jeans", "Levi's", null)]
    public void A_brand_with_a_number_is_a_brand_not_a_price(string text, string brand, string? maxPrice)
    {
        var c = WordsOnly.Recognize(text).Constraints;
        Assert.Equal(brand.ToLowerInvariant(), Join(c.Brands).ToLowerInvariant());
        Assert.Equal(maxPrice, c.MaxPrice?.ToString("0"));
    }

    [Theory]
    [InlineData("the dress I got has a hole in it")]
    [InlineData("the zip broke after one wear")]
    [InlineData("my coat arrived torn")]
    [InlineData("you sent me the wrong item")]
    public void A_damaged_or_wrong_item_is_a_defect_report(string text) =>
        Assert.NotNull(WordsOnly.Recognize(text).Defect);

    [Theory]
    [InlineData("black dress with a v-neck")]
    [InlineData("does this come in blue")]
    public void Ordinary_requests_report_no_defect(string text) =>
        Assert.Null(WordsOnly.Recognize(text).Defect);
}
