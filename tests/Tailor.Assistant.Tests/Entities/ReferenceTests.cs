using static Tailor.Assistant.Tests.Entities.TestCatalog;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>How the shopper points at products already shown.</summary>
public sealed class ReferenceTests
{
    [Theory]
    [InlineData("the second one", 2)]
    [InlineData("2nd", 2)]
    [InlineData("show me the 3rd", 3)]
    [InlineData("number 3", 3)]
    [InlineData("#3 please", 3)]
    [InlineData("option two", 2)]
    [InlineData("first one", 1)]
    [InlineData("the last one", -1)]
    [InlineData("is the fourth dress in stock", 4)]
    public void Ordinals_pick_a_position_in_the_last_results(string text, int ordinal)
    {
        var entities = Recognize(text);
        Assert.Equal(ordinal, entities.Ordinal);
        Assert.Equal([ordinal], entities.Ordinals);
    }

    [Theory]
    [InlineData("compare 1 and 3", "1,3")]
    [InlineData("compare the first and the third", "1,3")]
    [InlineData("1 vs 3", "1,3")]
    [InlineData("the first two", "1,2")]
    [InlineData("the 2nd or the 4th", "2,4")]
    public void Two_ordinals_are_kept_for_a_comparison(string text, string ordinals)
    {
        var entities = Recognize(text);
        Assert.Equal(ordinals, Join(entities.Ordinals.Select(o => o.ToString())));
        Assert.Null(entities.Ordinal);
    }

    [Theory]
    [InlineData("where is my first order")]
    [InlineData("give me a second")]
    [InlineData("first, show me dresses")]
    [InlineData("the last time I ordered")]
    [InlineData("2 pairs of jeans")]
    public void Ordinal_words_that_are_not_positions_are_ignored(string text) =>
        Assert.Empty(Recognize(text).Ordinals);

    [Theory]
    [InlineData("is it available in blue")]
    [InlineData("how much is this")]
    [InlineData("I love that")]
    [InlineData("is this one in stock")]
    [InlineData("does that dress come in red")]
    public void Pointing_words_refer_to_the_focused_product(string text) =>
        Assert.True(Recognize(text).RefersToFocus);

    [Theory]
    [InlineData("a dress that is black")]
    [InlineData("something for this summer")]
    [InlineData("show me dresses")]
    public void Pointing_words_in_other_roles_do_not_refer_to_the_focus(string text) =>
        Assert.False(Recognize(text).RefersToFocus);

    [Theory]
    [InlineData("the red one", "red")]
    [InlineData("that one in blue", "blue")]
    [InlineData("the one in navy please", "navy")]
    [InlineData("I like the black dress", "black")]
    public void A_colour_can_pick_a_shown_product(string text, string color)
    {
        var entities = Recognize(text);
        Assert.Equal(color, entities.ReferencedColor);
        Assert.Contains(color, entities.Constraints.Colors);
        Assert.False(entities.RefersToFocus);
    }

    [Fact]
    public void A_colour_for_the_focused_product_is_not_a_colour_reference()
    {
        var entities = Recognize("do you have it in blue");
        Assert.True(entities.RefersToFocus);
        Assert.Null(entities.ReferencedColor);
        Assert.Equal(["blue"], entities.Constraints.Colors);
    }
}
