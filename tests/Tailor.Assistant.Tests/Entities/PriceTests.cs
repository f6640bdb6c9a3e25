using Tailor.Assistant.Understanding;
using static Tailor.Assistant.Tests.Entities.TestCatalog;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>Budgets in words and symbols, and numbers that are not budgets.</summary>
public sealed class PriceTests
{
    [Theory]
    [InlineData("dresses under 50", null, "50")]
    [InlineData("below £40", null, "40")]
    [InlineData("less than 30 quid", null, "30")]
    [InlineData("max 100", null, "100")]
    [InlineData("up to $80", null, "80")]
    [InlineData("no more than 50", null, "50")]
    [InlineData("50 bucks or less", null, "50")]
    [InlineData("a coat for £120", null, "120")]
    [InlineData("my budget is 75", null, "75")]
    [InlineData("over 100", "100", null)]
    [InlineData("more than 60", "60", null)]
    [InlineData("at least 20", "20", null)]
    [InlineData("£200+", "200", null)]
    [InlineData("between 30 and 60", "30", "60")]
    [InlineData("30-60", "30", "60")]
    [InlineData("£30 to £60", "30", "60")]
    [InlineData("from 20 to 40 pounds", "20", "40")]
    [InlineData("between £60 and £30", "30", "60")]
    [InlineData("around 50", "40", "60")]
    [InlineData("£49.99 or less", null, "49.99")]
    [InlineData("heels for a party, nothing over 80", null, "80")]
    [InlineData("nothing under 20", "20", null)]
    public void Budgets_become_a_price_range(string text, string? min, string? max)
    {
        var c = Recognize(text).Constraints;
        Assert.Equal(min is null ? null : decimal.Parse(min), c.MinPrice);
        Assert.Equal(max is null ? null : decimal.Parse(max), c.MaxPrice);
    }

    [Theory]
    [InlineData("cheap dresses")]
    [InlineData("budget trainers")]
    [InlineData("the cheapest jeans")]
    [InlineData("lowest price first")]
    public void Cheap_sorts_by_price_rather_than_inventing_a_budget(string text)
    {
        var c = Recognize(text).Constraints;
        Assert.Equal(SearchSort.PriceLowToHigh, c.Sort);
        Assert.Null(c.MaxPrice);
    }

    [Theory]
    [InlineData("size 10")]
    [InlineData("2 pairs of jeans")]
    [InlineData("20% off dresses")]
    [InlineData("up to 50% off")]
    [InlineData("where is order TL-100023")]
    [InlineData("delivery in 3-5 days")]
    [InlineData("for a 5-6 year old")]
    [InlineData("compare 1 and 3")]
    [InlineData("the difference between 2 and 4")]
    [InlineData("32 waist")]
    [InlineData("over 100 reviews")]
    public void Numbers_that_are_not_budgets_are_not_prices(string text)
    {
        var c = Recognize(text).Constraints;
        Assert.Null(c.MinPrice);
        Assert.Null(c.MaxPrice);
    }
}
