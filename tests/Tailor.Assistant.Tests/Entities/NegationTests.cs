using static Tailor.Assistant.Tests.Entities.TestCatalog;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>What the shopper rules out, and where a negation stops.</summary>
public sealed class NegationTests
{
    [Theory]
    [InlineData("dresses, not black", "", "black")]
    [InlineData("except red", "", "red")]
    [InlineData("not black but blue", "blue", "black")]
    [InlineData("not black, navy", "navy", "black")]
    [InlineData("nothing in black or navy", "", "black,navy")]
    [InlineData("anything but black and white", "", "black,white")]
    [InlineData("no green, I prefer red", "red", "green")]
    [InlineData("no, I want red", "red", "")]
    [InlineData("no, red please", "red", "")]
    [InlineData("leather jacket, not black", "", "black")]
    public void Colours_can_be_ruled_out_and_the_scope_ends_at_but_or_punctuation(string text, string colors, string excluded)
    {
        var c = Recognize(text).Constraints;
        Assert.Equal(colors, Join(c.Colors));
        Assert.Equal(excluded, Join(c.ExcludedColors));
    }

    [Theory]
    [InlineData("no polyester", "polyester")]
    [InlineData("i don't want wool", "wool")]
    [InlineData("I hate polyester", "polyester")]
    [InlineData("not a fan of wool", "wool")]
    [InlineData("polyester-free dresses", "polyester")]
    [InlineData("no wool and no cashmere", "wool,cashmere")]
    public void Materials_can_be_ruled_out(string text, string excluded)
    {
        var c = Recognize(text).Constraints;
        Assert.Equal(excluded, Join(c.ExcludedMaterials));
        Assert.Empty(c.Materials);
    }

    [Fact]
    public void A_ruled_out_material_does_not_rule_out_the_colour_after_and()
    {
        var c = Recognize("no polyester and blue please").Constraints;
        Assert.Equal(["polyester"], c.ExcludedMaterials);
        Assert.Equal(["blue"], c.Colors);
    }

    [Theory]
    [InlineData("nothing floral", "floral")]
    [InlineData("i don't like stripes", "striped")]
    public void Patterns_can_be_ruled_out(string text, string excluded) =>
        Assert.Equal(excluded, Join(Recognize(text).Constraints.ExcludedPatterns));

    [Fact]
    public void Without_prints_rules_out_every_pattern_but_plain()
    {
        var c = Recognize("a dress without prints").Constraints;
        Assert.Equal(["animal print", "checked", "floral", "geometric", "polka dot", "striped"], c.ExcludedPatterns.Order());
        Assert.Equal("dresses", c.Category);
    }

    [Theory]
    [InlineData("anything but jeans", null, "jeans")]
    [InlineData("dont show me jeans", null, "jeans")]
    [InlineData("trousers, not jeans", "trousers", "jeans")]
    public void Categories_can_be_ruled_out(string text, string? category, string excluded)
    {
        var c = Recognize(text).Constraints;
        Assert.Equal(category, c.Category);
        Assert.Equal(excluded, Join(c.ExcludedCategories));
    }

    [Fact]
    public void No_more_than_is_a_budget_not_a_negation()
    {
        var c = Recognize("black dress no more than 50").Constraints;
        Assert.Equal(50m, c.MaxPrice);
        Assert.Equal(["black"], c.Colors);
        Assert.Empty(c.ExcludedColors);
    }

    [Theory]
    [InlineData("not on sale")]
    [InlineData("not too expensive")]
    public void A_negated_sort_or_sale_is_dropped_rather_than_applied(string text)
    {
        var c = Recognize(text).Constraints;
        Assert.False(c.OnSaleOnly);
        Assert.Equal(Tailor.Assistant.Understanding.SearchSort.Relevance, c.Sort);
    }

    [Fact]
    public void A_ruled_out_word_is_not_searched_for()
    {
        var entities = Recognize("party dress, no ruffles");
        Assert.Empty(entities.Constraints.Terms);
        Assert.Contains(entities.Spans, s => s is { Kind: "term", Value: "ruffles", Negated: true });
    }

    [Fact]
    public void Doubt_is_not_a_negation() =>
        Assert.Equal(["black"], Recognize("I'm not sure about the black").Constraints.Colors);
}
