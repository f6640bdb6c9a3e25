using Tailor.Assistant.Understanding;
using static Tailor.Assistant.Tests.Entities.TestCatalog;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>Order, return and promo codes; what a product question is about; sort order, sale and price direction.</summary>
public sealed class CodesAndQuestionsTests
{
    [Theory]
    [InlineData("where is my order TL-100023", "TL-100023")]
    [InlineData("order tl100023 hasn't arrived", "TL-100023")]
    [InlineData("track #TL 100023 please", "TL-100023")]
    [InlineData("my order number is 100023", "TL-100023")]
    public void Order_numbers_are_normalised(string text, string number)
    {
        var entities = Recognize(text);
        Assert.Equal(number, entities.OrderNumber);
        Assert.Null(entities.Constraints.MaxPrice);
        Assert.Null(entities.PromoCode);
    }

    [Theory]
    [InlineData("my return RMA-7F3K2Q", "RMA-7F3K2Q")]
    [InlineData("rma 7f3k2q status", "RMA-7F3K2Q")]
    public void Return_numbers_are_normalised(string text, string number) =>
        Assert.Equal(number, Recognize(text).ReturnNumber);

    [Theory]
    [InlineData("does code welcome15 work", "WELCOME15")]
    [InlineData("I have a voucher code: take10", "TAKE10")]
    [InlineData("apply promo SUMMER", "SUMMER")]
    [InlineData("can I use SPRING10 on sale items", "SPRING10")]
    [InlineData("is welcome15 still valid", "WELCOME15")]
    public void Promo_codes_are_read_in_capitals(string text, string code)
    {
        var entities = Recognize(text);
        Assert.Equal(code, entities.PromoCode);
        Assert.Empty(entities.Constraints.Occasions);
    }

    [Theory]
    [InlineData("any discount codes?")]
    [InlineData("size UK10 please")]
    [InlineData("I need an XL")]
    public void Words_near_code_cues_are_not_promo_codes(string text) =>
        Assert.Null(Recognize(text).PromoCode);

    [Theory]
    [InlineData("what is it made of", ProductAspect.Material)]
    [InlineData("what fabric is the second one", ProductAspect.Material)]
    [InlineData("how do I wash it", ProductAspect.Care)]
    [InlineData("can it be tumble dried", ProductAspect.Care)]
    [InlineData("does it run small", ProductAspect.Fit)]
    [InlineData("is it true to size", ProductAspect.Fit)]
    [InlineData("what sizes does it come in", ProductAspect.Sizes)]
    [InlineData("what colours does it come in", ProductAspect.Colors)]
    [InlineData("is it in stock", ProductAspect.Stock)]
    [InlineData("how many are left", ProductAspect.Stock)]
    [InlineData("when will it arrive", ProductAspect.Delivery)]
    [InlineData("what do people say about it", ProductAspect.Reviews)]
    [InlineData("how long is it", ProductAspect.Measurements)]
    [InlineData("what's the inseam", ProductAspect.Measurements)]
    [InlineData("how much is it", ProductAspect.Price)]
    public void Product_questions_name_their_aspect(string text, ProductAspect aspect) =>
        Assert.Equal(aspect, Recognize(text).Aspect);

    [Theory]
    [InlineData("cheapest first", SearchSort.PriceLowToHigh)]
    [InlineData("most expensive coats", SearchSort.PriceHighToLow)]
    [InlineData("premium bags", SearchSort.PriceHighToLow)]
    [InlineData("best rated sneakers", SearchSort.BestRated)]
    [InlineData("top rated", SearchSort.BestRated)]
    [InlineData("most popular dresses", SearchSort.BestRated)]
    [InlineData("what's new in", SearchSort.Newest)]
    [InlineData("latest jeans", SearchSort.Newest)]
    public void Superlatives_set_the_sort(string text, SearchSort sort) =>
        Assert.Equal(sort, Recognize(text).Constraints.Sort);

    [Theory]
    [InlineData("dresses on sale")]
    [InlineData("discounted boots")]
    [InlineData("anything reduced?")]
    public void Sale_words_ask_for_sale_items_only(string text) =>
        Assert.True(Recognize(text).Constraints.OnSaleOnly);

    [Theory]
    [InlineData("something cheaper", PriceDirection.Cheaper)]
    [InlineData("less expensive options", PriceDirection.Cheaper)]
    [InlineData("it's too expensive", PriceDirection.Cheaper)]
    [InlineData("anything more expensive", PriceDirection.MoreExpensive)]
    [InlineData("something fancier", PriceDirection.MoreExpensive)]
    [InlineData("higher end please", PriceDirection.MoreExpensive)]
    public void Price_direction_is_read_from_comparatives(string text, PriceDirection direction) =>
        Assert.Equal(direction, Recognize(text).PriceDirection);
}
