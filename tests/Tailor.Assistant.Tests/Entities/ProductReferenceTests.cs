using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>Products named in a message, "the other one", and picks among listed orders, as the recognizer and mapper read them.</summary>
public sealed class ProductReferenceTests
{
    private static readonly Product TheaDress = Titled(TestCatalog.Make("dresses", Gender.Women, "Aster & Oak", "linen", "solid", "regular",
        ["wedding"], ["summer"], ["romantic"], ["sage", "cream"], ["8", "10", "12", "14"]), "thea-linen-midi-dress", "Thea Linen Midi Dress");
    private static readonly Product TheaCoat = Titled(TestCatalog.Make("coats", Gender.Women, "Northbound", "wool", "solid", "regular",
        ["work"], ["winter"], ["classic"], ["camel"], ["S", "M", "L"]), "thea-wool-coat", "Thea Wool Coat");
    private static readonly Product LinenDress = Titled(TestCatalog.Make("dresses", Gender.Women, "Saltmarsh", "linen", "solid", "relaxed",
        ["holiday"], ["summer"], ["boho"], ["white"], ["8", "10"]), "linen-midi-dress", "Linen Midi Dress");

    private static readonly EntityRecognizer Recognizer =
        new(CatalogVocabulary.From([.. TestCatalog.Products, TheaDress, TheaCoat, LinenDress], TestCatalog.Synonyms));

    private static readonly UnderstandingContext FirstMessage = new(false, null, false, false, null);

    [Theory]
    [InlineData("which size in the Thea Linen Midi Dress?")]
    [InlineData("is the thea dress true to size")]
    [InlineData("does the Thae linen dress run small")]
    [InlineData("what is the thea midi dress made of")]
    public void A_product_named_by_its_title_is_found(string text) =>
        Assert.Equal("thea-linen-midi-dress", Recognizer.Recognize(text).NamedProduct?.Handle);

    [Theory]
    [InlineData("linen midi dress in size 12")]
    [InlineData("show me linen dresses")]
    [InlineData("which size should I get?")]
    public void Words_that_describe_products_do_not_name_one(string text) =>
        Assert.Null(Recognizer.Recognize(text).NamedProduct);

    [Fact]
    public void A_name_shared_by_two_products_needs_its_type() =>
        Assert.Equal("thea-wool-coat", Recognizer.Recognize("how warm is the thea coat").NamedProduct?.Handle);

    [Fact]
    public void The_full_title_alone_is_whole_and_shows_that_product()
    {
        var entities = Recognizer.Recognize("Thea Linen Midi Dress");
        Assert.True(entities.NamedProduct?.Whole);
        var command = Assert.IsType<SelectProduct>(CommandMapper.Map("search_products", entities, "Thea Linen Midi Dress", FirstMessage));
        Assert.Equal("thea-linen-midi-dress", command.Product.Handle);
    }

    [Fact]
    public void A_size_question_about_a_named_product_is_about_that_product()
    {
        const string text = "which size in the Thea Linen Midi Dress?";
        var command = Assert.IsType<AskSizeAdvice>(CommandMapper.Map("size_advice", Recognizer.Recognize(text), text, FirstMessage));
        Assert.Equal("thea-linen-midi-dress", command.Product.Handle);
    }

    [Fact]
    public void A_named_product_with_a_question_is_not_a_search_however_the_model_reads_it()
    {
        const string text = "which size in the Thea Linen Midi Dress?";
        var command = Assert.IsType<AskSizeAdvice>(CommandMapper.Map("search_products", Recognizer.Recognize(text), text, FirstMessage));
        Assert.Equal("thea-linen-midi-dress", command.Product.Handle);
    }

    [Fact]
    public void A_position_keeps_the_colour_wished_for()
    {
        const string text = "the second one in black";
        var command = Assert.IsType<SelectProduct>(CommandMapper.Map("select_item", TestCatalog.Recognize(text), text, FirstMessage));
        Assert.Equal(new ProductRef(Position: 2, Color: "black"), command.Product);
    }

    [Theory]
    [InlineData("what about the other one", true)]
    [InlineData("tell me more about the other dress", true)]
    [InlineData("any other colours?", false)]
    [InlineData("show me the other ones", false)]
    public void The_other_one_is_read_only_as_a_reference(string text, bool other) =>
        Assert.Equal(other, TestCatalog.Recognize(text).RefersToOther);

    [Theory]
    [InlineData("the most recent one", new OrderStatus[0])]
    [InlineData("the one that's shipped", new[] { OrderStatus.Shipped })]
    [InlineData("the one that hasn't shipped", new[] { OrderStatus.Pending, OrderStatus.Processing })]
    [InlineData("the delivered one", new[] { OrderStatus.Delivered, OrderStatus.PartiallyReturned })]
    public void An_order_is_picked_by_recency_or_status(string text, OrderStatus[] statuses) =>
        Assert.Equal(statuses, TestCatalog.Recognize(text).OrderPick?.Statuses);

    [Fact]
    public void A_pick_while_an_order_flow_is_on_screen_is_never_a_product()
    {
        var inOrderFlow = new UnderstandingContext(false, null, false, false, "order");
        Assert.IsNotType<SelectProduct>(CommandMapper.Map("select_item", TestCatalog.Recognize("the delivered one"), "the delivered one", inOrderFlow));
    }

    [Fact]
    public void When_will_it_arrive_after_an_order_card_is_about_the_order()
    {
        var afterOrderCard = new UnderstandingContext(false, null, false, false, null, HasOrderInFocus: true);
        Assert.IsType<TrackOrder>(CommandMapper.Map("delivery_estimate", TestCatalog.Recognize("when will it arrive?"), "when will it arrive?", afterOrderCard));
    }

    private static Product Titled(Product product, string handle, string title)
    {
        product.Handle = handle;
        product.Title = title;
        return product;
    }
}
