using Tailor.Assistant.Skills.Styling;

namespace Tailor.Assistant.Tests.Styling;

/// <summary>The style data read as a stylist would review it: each rule says what it must, and the looks obey their own rules.</summary>
public sealed class StyleKnowledgeTests
{
    private static readonly StyleKnowledge Knowledge = StyleKnowledge.Default;

    public static TheoryData<string> Occasions => [.. StyleKnowledge.Default.Occasions.Keys];

    [Theory]
    [InlineData("funeral", "jeans")]
    [InlineData("funeral", "sneakers")]
    [InlineData("funeral", "t-shirts")]
    [InlineData("beach wedding", "swimwear")]
    [InlineData("beach wedding", "hats")]
    [InlineData("beach wedding", "heels")]
    [InlineData("wedding", "jeans")]
    [InlineData("interview", "sneakers")]
    [InlineData("gym", "heels")]
    [InlineData("festival", "heels")]
    public void An_occasion_never_allows_what_its_dress_code_rules_out(string occasion, string category) =>
        Assert.False(Knowledge.Occasions[occasion].Allows(category, Knowledge.FormalityOf(category)));

    [Theory]
    [InlineData("funeral", "dresses")]
    [InlineData("beach wedding", "sandals")]
    [InlineData("wedding", "heels")]
    [InlineData("interview", "jackets")]
    [InlineData("beach", "swimwear")]
    public void An_occasion_allows_what_suits_it(string occasion, string category) =>
        Assert.True(Knowledge.Occasions[occasion].Allows(category, Knowledge.FormalityOf(category)));

    [Theory]
    [InlineData("funeral", "red")]
    [InlineData("funeral", "pink")]
    [InlineData("wedding", "white")]
    [InlineData("beach wedding", "white")]
    public void An_occasion_avoids_colours_its_dress_code_rules_out(string occasion, string family)
    {
        Assert.Contains(family, Knowledge.Occasions[occasion].Avoid);
        Assert.DoesNotContain(family, Knowledge.Occasions[occasion].Prefer);
    }

    [Theory]
    [MemberData(nameof(Occasions))]
    public void Every_look_obeys_its_own_occasion_and_gives_a_reason(string name)
    {
        var occasion = Knowledge.Occasions[name];

        Assert.False(string.IsNullOrWhiteSpace(occasion.Why));
        Assert.Contains("women", occasion.Looks.Keys);
        Assert.Contains("men", occasion.Looks.Keys);
        foreach (var category in occasion.Looks.Values.SelectMany(look => look))
            Assert.True(occasion.Allows(category, Knowledge.FormalityOf(category)), $"{name} look has {category}, which it rules out");
        Assert.Empty(occasion.Prefer.Intersect(occasion.Avoid));
    }

    [Theory]
    [InlineData("pear", "trousers", "wide-leg")]
    [InlineData("pear", "jeans", "straight")]
    [InlineData("apple", "dresses", "relaxed")]
    [InlineData("hourglass", "dresses", "fitted")]
    [InlineData("petite", "t-shirts", "fitted")]
    public void A_body_shape_prefers_the_fits_that_flatter_it(string shape, string category, string fit)
    {
        var rule = Knowledge.Shapes[shape];

        Assert.Contains(fit, rule.FitsFor(category));
        Assert.DoesNotContain(fit, rule.AvoidFits);
        Assert.False(string.IsNullOrWhiteSpace(rule.Why));
    }

    [Fact]
    public void A_body_shape_has_no_say_over_shoes_and_bags()
    {
        Assert.Empty(Knowledge.Shapes["pear"].FitsFor("heels"));
        Assert.Empty(Knowledge.Shapes["pear"].FitsFor("bags"));
    }

    [Theory]
    [InlineData("red", "black", true)]
    [InlineData("red", "pink", true)]
    [InlineData("red", "green", false)]
    [InlineData("yellow", "purple", true)]
    [InlineData("orange", "pink", false)]
    public void Colours_go_with_neutrals_and_their_companions(string centre, string other, bool goes) =>
        Assert.Equal(goes, Knowledge.Harmony.With(centre).Contains(other));

    [Fact]
    public void Companions_cost_at_most_the_centre_piece()
    {
        Assert.True(Knowledge.PriceBand.Min > 0);
        Assert.True(Knowledge.PriceBand.Max <= 1);
    }
}
