using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// A question about "it" asked while several products are shown ("is it true to size?") gets "which one?" with the
/// titles to tap. The question waits on the stack as this frame, and the pick answers it: tapping a title or saying
/// "the second one" gives the fit of that product, not just its card. Anything else drops the question.
/// </summary>
public sealed class ProductQuestionFlow(ProductAdvice products) : IDialogueFlow
{
    public const string FlowName = "product_question";

    public string Name => FlowName;

    public bool Handles(Command command) => command is SelectProduct;

    /// <summary>The question is asked once; after a digression it is not repeated.</summary>
    public bool IsWaiting(FlowFrame frame) => false;

    /// <summary>Keeps a product question that could not say which product it meant, to answer once the shopper picks.</summary>
    public static void Hold(DialogueState state, Command question)
    {
        var slots = question switch
        {
            AskProductDetail detail => new Dictionary<string, string?> { ["ask"] = "detail", ["aspect"] = detail.Aspect.ToString(), ["size"] = detail.Size },
            AskPrice price => new Dictionary<string, string?> { ["ask"] = "price", ["code"] = price.PromoCode },
            AskSizeAdvice size => new Dictionary<string, string?> { ["ask"] = "size", ["size"] = size.Size },
            _ => null,
        };
        if (slots is null) return;
        state.Flow = new FlowFrame { Name = FlowName, Slots = slots.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!) };
    }

    public async Task<bool> ContinueAsync(Turn turn, CancellationToken ct)
    {
        if (turn.State.Flow is not { Name: FlowName } frame) return false;
        turn.State.Flow = null;
        if (turn.Understanding.Command is not SelectProduct { Product: var picked }) return false;
        var slots = frame.Slots;
        switch (slots.GetValueOrDefault("ask"))
        {
            case "detail" when Enum.TryParse<ProductAspect>(slots.GetValueOrDefault("aspect"), out var aspect):
                await products.DetailAsync(turn, new AskProductDetail(picked, aspect, slots.GetValueOrDefault("size")), ct);
                turn.Command = nameof(AskProductDetail);
                return true;
            case "price":
                await products.PriceAsync(turn, picked, slots.GetValueOrDefault("code"), ct);
                turn.Command = nameof(AskPrice);
                return true;
            case "size":
                await products.SizeAdviceAsync(turn, picked, slots.GetValueOrDefault("size"), ct);
                turn.Command = nameof(AskSizeAdvice);
                return true;
            default:
                return false;
        }
    }

    public Task RemindAsync(Turn turn, CancellationToken ct) => Task.CompletedTask;
}
