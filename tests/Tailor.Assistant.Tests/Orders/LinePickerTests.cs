using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Tests.Orders;

/// <summary>A product bought on two lines, named once, is a question (which one?), never both lines.</summary>
public sealed class LinePickerTests
{
    private static readonly OrderWords Words = OrderWords.Load(Path.Combine(Path.GetDirectoryName(TrainingData.FindFolder())!, "order_words.yaml"));
    private static readonly SlotReader Reader = new(Words, new AddressReader(Words));
    private readonly LinePicker picker = new();

    private static readonly OrderLine BlackTee = Line(1, "Organic Cotton T-Shirt", "Black", "M");
    private static readonly OrderLine WhiteTee = Line(2, "Organic Cotton T-Shirt", "White", "L");
    private static readonly OrderLine Jeans = Line(3, "Relaxed Jeans", "Indigo", "32");
    private static readonly IReadOnlyList<OrderLine> Order = [BlackTee, WhiteTee, Jeans];

    [Fact]
    public void A_title_on_two_lines_named_once_asks_which()
    {
        var choice = picker.Choose(TurnSaying("return the t-shirt"), Order);

        Assert.True(choice.Ambiguous);
        Assert.Equal([1, 2], choice.Lines.Select(l => l.Id));
    }

    [Theory]
    [InlineData("return the black t-shirt", 1)]
    [InlineData("the t-shirt in L please", 2)]
    [InlineData("Organic Cotton T-Shirt (White, L)", 2)]
    public void An_option_value_said_with_the_title_picks_that_line(string text, int line)
    {
        var choice = picker.Choose(TurnSaying(text), Order);

        Assert.False(choice.Ambiguous);
        Assert.Equal([line], choice.Lines.Select(l => l.Id));
    }

    [Fact]
    public void Both_means_both_lines()
    {
        var choice = picker.Choose(TurnSaying("both t-shirts"), Order);

        Assert.False(choice.Ambiguous);
        Assert.Equal([1, 2], choice.Lines.Select(l => l.Id));
    }

    [Fact]
    public void Different_products_named_together_are_not_a_question()
    {
        var choice = picker.Choose(TurnSaying("the jeans"), Order);

        Assert.False(choice.Ambiguous);
        Assert.Equal([3], choice.Lines.Select(l => l.Id));
    }

    private static OrderLine Line(int id, string title, string color, string size) =>
        new() { Id = id, Sku = $"SKU-{id}", Title = title, Color = color, Size = size, Category = "tops", Quantity = 1, UnitPrice = 20 };

    private static Turn TurnSaying(string text) =>
        new(new ShopperAnswer(Reader, text, text), new DialogueState(),
            new Understanding.Understanding(text, 1, [], RecognizedEntities.None, new OutOfScope()),
            new ReplyBuilder(ResponseTemplates.LoadEmbedded(), 0, System.Globalization.CultureInfo.GetCultureInfo("en-GB")), new PageContext());
}
