using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Tests.Orders;

/// <summary>A swap to another value of any of the store's options, the rest kept as bought; no colour read on a colourless product.</summary>
public sealed class VariantPickerTests
{
    private static readonly OrderWords Words = OrderWords.Load(Path.Combine(Path.GetDirectoryName(TrainingData.FindFolder())!, "order_words.yaml"));
    private static readonly SlotReader Reader = new(Words, new AddressReader(Words));
    private readonly VariantPicker picker = new();

    private static readonly Product Chinos = new()
    {
        Handle = "tapered-chinos", Title = "Tapered Chinos",
        Variants =
        [
            Chino(1, "Regular", "Short", "Navy", stock: 3),
            Chino(2, "Regular", "Long", "Navy", stock: 2),
            Chino(3, "Petite", "Short", "Navy", stock: 0),
            Chino(4, "Petite", "Long", "Navy", stock: 4, price: 55),
            Chino(5, "Regular", "Short", "Khaki", stock: 1),
        ],
    };

    private static readonly OrderLine Bought = new()
    {
        Id = 7, Sku = "CH-1", ProductHandle = "tapered-chinos", Title = "Tapered Chinos", Color = "Navy", Quantity = 1, UnitPrice = 49,
        Options = [new() { Name = "Fit", Value = "Regular" }, new() { Name = "Length", Value = "Short" }],
    };

    [Fact]
    public void Another_value_of_one_option_keeps_the_others_as_bought()
    {
        var choice = picker.Pick(TurnSaying("could I have the Long ones instead"), Bought, Chinos, 1);

        Assert.Equal(VariantProblem.None, choice.Problem);
        Assert.Equal("CH-2", choice.Variant!.Sku);
    }

    [Fact]
    public void Two_options_said_at_once_are_both_changed()
    {
        var choice = picker.Pick(TurnSaying("the petite fit in long please"), Bought, Chinos, 1);

        Assert.Equal("CH-4", choice.Variant!.Sku);
    }

    [Fact]
    public void A_combination_out_of_stock_is_sold_out_and_names_what_was_asked()
    {
        var choice = picker.Pick(TurnSaying("petite please"), Bought, Chinos, 1);

        Assert.Equal(VariantProblem.SoldOut, choice.Problem);
        Assert.Equal("Petite", choice.AskedOther);
    }

    [Fact]
    public void A_colour_alone_keeps_the_other_options_as_bought()
    {
        var choice = picker.Pick(TurnSaying("khaki"), Bought, Chinos, 1);

        Assert.Equal("CH-5", choice.Variant!.Sku);
    }

    [Fact]
    public void A_product_without_colours_never_reads_a_colour()
    {
        var keyboard = new Product
        {
            Handle = "keyboard", Title = "Mechanical Keyboard",
            Variants =
            [
                new Variant { Id = 1, Sku = "KB-1", Price = 90, Stock = 2, Options = [new() { Name = "Switch type", Value = "Linear" }] },
                new Variant { Id = 2, Sku = "KB-2", Price = 95, Stock = 2, Options = [new() { Name = "Switch type", Value = "Clicky" }] },
            ],
        };
        var line = new OrderLine { Id = 1, Sku = "KB-1", Title = "Mechanical Keyboard", Options = [new() { Name = "Switch type", Value = "Linear" }] };

        Assert.Equal(VariantProblem.NothingAsked, picker.Pick(TurnSaying("hmm let me think about it"), line, keyboard, 1).Problem);
        Assert.Equal("KB-2", picker.Pick(TurnSaying("the clicky one"), line, keyboard, 1).Variant!.Sku);
    }

    private static Variant Chino(int id, string fit, string length, string color, int stock, decimal price = 49) => new()
    {
        Id = id, Sku = $"CH-{id}", Color = color, ColorFamily = color == "Navy" ? "blue" : "beige", Price = price, Stock = stock,
        Options = [new() { Name = "Fit", Value = fit }, new() { Name = "Length", Value = length }],
    };

    private static Turn TurnSaying(string text) =>
        new(new ShopperAnswer(Reader, text, text), new DialogueState(),
            new Understanding.Understanding(text, 1, [], RecognizedEntities.None, new OutOfScope()),
            new ReplyBuilder(ResponseTemplates.LoadEmbedded(), 0, System.Globalization.CultureInfo.GetCultureInfo("en-GB")), new PageContext());
}
