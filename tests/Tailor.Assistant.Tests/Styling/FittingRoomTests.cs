using Tailor.Assistant.Understanding.Slots;
using System.Globalization;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Domain.Catalog;
using static Tailor.Assistant.Tests.Skills.HandBuiltProducts;

namespace Tailor.Assistant.Tests.Styling;

/// <summary>What the fitting room says: the size, the reason from chart and reviews, how sure it is, and the truth about a missing chart.</summary>
public sealed class FittingRoomTests
{
    private static readonly ResponseTemplates Templates = ResponseTemplates.LoadEmbedded();
    private static readonly FitSummary RunsSmall = new(48, 30, 15, 3, 3.9);

    private static string Say(string message, Tailor.Assistant.Skills.Products.ProductFacts product)
    {
        var entities = RecognizedEntities.None with { Measurements = MeasurementReader.Read(message) };
        var turn = new Turn(ShopperAnswer.None, new DialogueState(), new Understanding.Understanding("size_advice", 1, [], entities, new AskSizeAdvice(ProductRef.Focused, null)),
            new ReplyBuilder(Templates, 0, CultureInfo.GetCultureInfo("en-GB")), new PageContext());
        new FittingRoom().Advise(turn, product, null);
        return turn.Reply.Build().Text;
    }

    [Fact]
    public void A_missing_chart_is_said_honestly_and_no_size_is_made_up()
    {
        var text = Say("bust 92 cm, waist 74 cm", Product("tee", null, ["navy"], RunsSmall, sizes: ["S", "M", "L"]));

        Assert.Contains("don't have a size chart", text);
        Assert.Contains("runs small (62% of 48 reviews)", text);
        Assert.DoesNotContain("I'd go for", text);
    }

    [Fact]
    public void A_missing_chart_is_said_even_before_any_measurement()
    {
        var text = Say("what size should I get", Product("tee", null, ["navy"], sizes: ["S", "M", "L"]));

        Assert.Contains("don't have a size chart", text);
        Assert.Contains("S, M and L", text);
    }

    [Fact]
    public void Reviews_that_move_the_size_are_quoted_with_the_size_it_would_have_been()
    {
        var text = Say("bust 92 cm", Product("tee", WomenTops, ["navy"], RunsSmall));

        Assert.Contains("I'd go for size L", text);
        Assert.Contains("runs small per 62% of 48 reviews, so L rather than M", text);
        Assert.Contains("fairly sure", text);
    }

    [Fact]
    public void Another_brands_size_is_a_starting_point_and_a_best_guess()
    {
        var text = Say("I'm usually a 10 in Zara", Product("tee", WomenTops, ["navy"]));

        Assert.Contains("I'd go for size M", text);
        Assert.Contains("zara", text);
        Assert.Contains("best guess", text);
    }

    [Fact]
    public void Between_sizes_both_are_named()
    {
        var text = Say("bust 86.5 cm", Product("tee", WomenTops, ["navy"]));

        Assert.Contains("between S and M", text);
    }
}
