using Tailor.Assistant.Understanding.Entities;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>Order numbers spotted as each store writes them: the demo's "TL-", Shopify's "#1001", letter-led and bare numbers.</summary>
public sealed class OrderNumberFinderTests
{
    private static readonly OrderNumberFinder Shopify = new(new OrderNumberOptions { Prefix = "#", Example = "#1001" });

    [Theory]
    [InlineData("where is my order #1001?", "#1001")]
    [InlineData("cancel #w2378156 please", "#W2378156")]
    [InlineData("track W2378156", "W2378156")]
    [InlineData("my order number is 100045678", "100045678")]
    [InlineData("order no. 1002 hasn't arrived", "1002")]
    [InlineData("1003", "1003")]
    public void A_stores_own_numbers_are_spotted_in_a_message(string text, string number) =>
        Assert.Equal(number, Shopify.FirstIn(text)?.Number);

    [Theory]
    [InlineData("do you have it in w32")]
    [InlineData("size uk10 please")]
    [InlineData("my return RMA-123456")]
    [InlineData("card ending 2478 was charged twice")]
    [InlineData("I paid 1299 for it")]
    [InlineData("the #3 one")]
    public void Sizes_returns_prices_and_card_digits_are_not_order_numbers(string text) =>
        Assert.Null(Shopify.FirstIn(text));

    [Theory]
    [InlineData("where is my order TL-100023", "TL-100023")]
    [InlineData("order tl100023 hasn't arrived", "TL-100023")]
    [InlineData("my order number is 100023", "TL-100023")]
    [InlineData("and #1001?", "#1001")]
    public void The_demo_store_keeps_its_prefix_and_reads_common_shapes_too(string text, string number) =>
        Assert.Equal(number, OrderNumberFinder.Default.FirstIn(text)?.Number);

    [Fact]
    public void Configured_patterns_replace_the_common_shapes()
    {
        var finder = new OrderNumberFinder(new OrderNumberOptions { Prefix = "", NumberPatterns = [@"\bSO-(?<number>\d{5})\b"] });

        Assert.Equal("12345", finder.FirstIn("about SO-12345")?.Number);
        Assert.Null(finder.FirstIn("about #1001"));
    }

    [Fact]
    public void The_recognizer_reads_the_stores_numbers_as_order_numbers()
    {
        var recognizer = new EntityRecognizer(TestCatalog.Vocabulary, orderNumbers: Shopify);

        var entities = recognizer.Recognize("can I cancel order #1001");

        Assert.Equal("#1001", entities.OrderNumber);
        Assert.Null(entities.Constraints.MaxPrice);
    }
}
