using Tailor.Domain.Catalog;
using static Tailor.Assistant.Tests.Entities.TestCatalog;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>Categories, colours and the other catalog attributes, as shoppers write them: synonyms, plurals, slang and typos.</summary>
public sealed class CatalogWordsTests
{
    [Theory]
    [InlineData("show me black dresses", "dresses")]
    [InlineData("i'm looking for a summer dress", "dresses")]
    [InlineData("do you have white trainers", "sneakers")]
    [InlineData("fresh kicks", "sneakers")]
    [InlineData("a cosy jumper", "knitwear")]
    [InlineData("grey cardigan", "knitwear")]
    [InlineData("black pants for work", "trousers")]
    [InlineData("a plain tee", "t-shirts")]
    [InlineData("a t-shirt in navy", "t-shirts")]
    [InlineData("T SHIRTS", "t-shirts")]
    [InlineData("a floral frock", "dresses")]
    [InlineData("denims for men", "jeans")]
    [InlineData("a leather purse", "bags")]
    [InlineData("gold necklace", "jewellery")]
    [InlineData("stilettos for a party", "heels")]
    [InlineData("bikini for my holiday", "swimwear")]
    [InlineData("high waisted leggings", "activewear")]
    [InlineData("a trench", "coats")]
    [InlineData("navy blazer", "jackets")]
    [InlineData("silk scarves", "scarves")]
    [InlineData("a silk scarf", "scarves")]
    public void Categories_are_recognised_by_name_synonym_and_plural(string text, string category) =>
        Assert.Equal(category, Recognize(text).Constraints.Category);

    [Theory]
    [InlineData("a dresss for a wedding", "dresses")]
    [InlineData("jenas for men", "jeans")]
    [InlineData("white sneekers", "sneakers")]
    [InlineData("a cardigen", "knitwear")]
    public void Misspelt_categories_are_corrected(string text, string category) =>
        Assert.Equal(category, Recognize(text).Constraints.Category);

    [Theory]
    [InlineData("burgundyy jumper", "burgundy")]
    [InlineData("dusty pink dress", "dusty pink")]
    [InlineData("navy blue blazer", "navy")]
    [InlineData("something blue", "blue")]
    [InlineData("a gray coat", "grey")]
    [InlineData("off white sneakers", "off-white")]
    [InlineData("heather grey jumper", "heather grey")]
    [InlineData("light blue jeans", "light blue")]
    [InlineData("maroon knit", "burgundy")]
    public void Colours_keep_the_exact_name_and_a_family_word_stays_a_family(string text, string color) =>
        Assert.Equal([color], Recognize(text).Constraints.Colors);

    [Theory]
    [InlineData("cashmeer sweater", "materials", "cashmere")]
    [InlineData("merino jumper", "materials", "merino wool")]
    [InlineData("a denim jacket", "materials", "denim")]
    [InlineData("striped tee", "patterns", "striped")]
    [InlineData("plaid trousers", "patterns", "checked")]
    [InlineData("leopard print bag", "patterns", "animal print")]
    [InlineData("plain white t-shirt", "patterns", "solid")]
    [InlineData("wide-leg jeans", "fits", "wide-leg")]
    [InlineData("wide leg trousers", "fits", "wide-leg")]
    [InlineData("baggy jumper", "fits", "oversized")]
    [InlineData("boots in a wide fit", "fits", "wide fit")]
    [InlineData("dress for a wedding guest", "occasions", "wedding")]
    [InlineData("outfit for a night out", "occasions", "party")]
    [InlineData("date night dress", "occasions", "date night")]
    [InlineData("something for the office", "occasions", "work")]
    [InlineData("a coat for fall", "seasons", "autumn")]
    [InlineData("boho maxi dress", "styles", "boho")]
    [InlineData("retro trainers", "styles", "vintage")]
    [InlineData("aster and oak dresses", "brands", "aster & oak")]
    [InlineData("Maison Lumiere heels", "brands", "maison lumière")]
    [InlineData("linden denim jeans", "brands", "linden denim co.")]
    public void Attributes_are_recognised_with_their_catalog_value(string text, string field, string value)
    {
        var c = Recognize(text).Constraints;
        var values = field switch
        {
            "materials" => c.Materials, "patterns" => c.Patterns, "fits" => c.Fits, "occasions" => c.Occasions,
            "seasons" => c.Seasons, "styles" => c.Styles, _ => c.Brands,
        };
        Assert.Equal([value], values);
    }

    [Theory]
    [InlineData("a dress for my girlfriend", Gender.Women)]
    [InlineData("ladies boots", Gender.Women)]
    [InlineData("womens trainers", Gender.Women)]
    [InlineData("mens shirts", Gender.Men)]
    [InlineData("gifts for him", Gender.Men)]
    [InlineData("kids jumpers", Gender.Kids)]
    [InlineData("something for my toddler", Gender.Kids)]
    [InlineData("unisex scarves", Gender.Unisex)]
    public void Gender_words_set_the_department(string text, Gender gender) =>
        Assert.Equal(gender, Recognize(text).Constraints.Gender);

    [Fact]
    public void Longest_phrase_wins_so_a_girls_night_out_is_a_party_not_a_kids_search()
    {
        var c = Recognize("dress for a girls night out").Constraints;
        Assert.Equal(["party"], c.Occasions);
        Assert.Null(c.Gender);
    }

    [Fact]
    public void A_word_with_two_meanings_gives_way_to_a_named_category()
    {
        Assert.Equal("activewear", Recognize("something for the gym").Constraints.Category);
        Assert.Equal(["gym"], Recognize("something for the gym").Constraints.Occasions);
        Assert.Equal("sneakers", Recognize("gym shoes").Constraints.Category);
        Assert.Equal("jeans", Recognize("boyfriend jeans").Constraints.Category);
        Assert.Equal(["relaxed"], Recognize("boyfriend jeans").Constraints.Fits);
    }

    [Fact]
    public void Prints_in_general_mean_every_pattern_but_plain() =>
        Assert.Equal(["animal print", "checked", "floral", "geometric", "polka dot", "striped"],
            Recognize("a printed dress").Constraints.Patterns.Order());

    [Theory]
    [InlineData("a maxi dress with puff sleeves", "maxi,puff,sleeves")]
    [InlineData("show me something waterproof please", "waterproof")]
    [InlineData("I'm looking for a hoodie", "hoodie")]
    [InlineData("no I meant the hoodie, sorry", "hoodie")]
    [InlineData("lookin for a hoodie", "hoodie")]
    public void Words_that_match_nothing_become_search_terms(string text, string terms) =>
        Assert.Equal(terms, Join(Recognize(text).Constraints.Terms));

    [Fact]
    public void Every_finding_is_reported_as_a_span_with_the_words_it_came_from()
    {
        var spans = Recognize("Black DRESSES under £50, not polyester").Spans;
        Assert.Contains(spans, s => s is { Kind: "color", Value: "black", Text: "Black", Negated: false });
        Assert.Contains(spans, s => s is { Kind: "category", Value: "dresses", Text: "DRESSES" });
        Assert.Contains(spans, s => s is { Kind: "max_price", Value: "50", Text: "under £50" });
        Assert.Contains(spans, s => s is { Kind: "material", Value: "polyester", Negated: true });
    }
}
