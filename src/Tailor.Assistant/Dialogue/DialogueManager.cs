using Tailor.Assistant.Conversations;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Conversations;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// Decides what a command means in this conversation and hands it to the flow that owns it. Flows are
/// deterministic code; whoever understood the message (model or LLM) can choose them, never bypass them.
/// </summary>
public sealed class DialogueManager(ShoppingFlow shopping, ProductAdvice products, PolicyDesk policies, OrderDesk orders, ConversationReplies replies)
{
    public async Task HandleAsync(Turn turn, StageClock clock, CancellationToken ct)
    {
        var state = turn.State;
        var command = turn.Understanding.Command;
        clock.Lap("dialogue");

        // An order flow waiting for an answer reads the message first: "too small" or a postcode answers its question,
        // whatever intent the words resemble.
        var answered = await orders.ContinueAsync(turn, ct);
        var misunderstood = !answered && (command is Clarify || (command is OutOfScope && turn.Understanding.Intent != "out_of_scope"));
        if (!answered && misunderstood && state.Misunderstandings >= 1)
            replies.OfferHuman(turn);
        else if (!answered)
        {
            var flowBefore = state.Flow;
            await RouteAsync(turn, command, ct);
            if (command is not OrderCommand) await orders.AfterOtherAsync(turn, flowBefore, command, ct);
        }
        // Only the message right after an order action can repeat its "yes".
        if (command is not Affirm) state.LastOrderAction = null;
        clock.Lap("skills");

        state.Misunderstandings = misunderstood ? state.Misunderstandings + 1 : 0;
        if (state.Frustration >= EmotionDetector.OfferHuman && turn.Outcome != TurnOutcome.Handoff && !state.HumanRequested)
        {
            replies.OfferHuman(turn);
            turn.Command = command.Name;
        }
    }

    private Task RouteAsync(Turn turn, Command command, CancellationToken ct)
    {
        switch (command)
        {
            case SearchProducts search: return shopping.SearchAsync(turn, search.Constraints, ct);
            case RefineSearch refine: return shopping.RefineAsync(turn, refine.Change, refine.Direction, ct);
            case ShowMore: return shopping.ShowMoreAsync(turn, ct);
            case Correct correct: return shopping.CorrectAsync(turn, correct.Change, ct);
            case BackToPrevious: return shopping.ResumeAsync(turn, turn.Understanding.Entities.Constraints, ct);
            case CancelFlow: shopping.Cancel(turn); break;
            case SelectProduct select: return products.SelectAsync(turn, select.Product, ct);
            case AskProductDetail detail: return products.DetailAsync(turn, detail, ct);
            case CompareProducts compare: return products.CompareAsync(turn, compare.First, compare.Second, ct);
            case AskPrice price: return products.PriceAsync(turn, price.Product, price.PromoCode, ct);
            case AskPromotions promotions: return products.PromotionsAsync(turn, promotions.Category, promotions.PromoCode, ct);
            case AskSizeAdvice size: return products.SizeAdviceAsync(turn, size.Product, size.Size, ct);
            case AskStyleAdvice style: return products.StyleAdviceAsync(turn, style.Product, style.Occasion, ct);
            case Recommend recommend: return products.RecommendAsync(turn, recommend.Product, ct);
            case AskPolicy policy: return policies.AnswerAsync(turn, policy.Topic, policy.Question, ct);
            case OrderCommand order: return orders.StartAsync(turn, order, ct);
            case SmallTalk talk: replies.SmallTalk(turn, talk.Kind); break;
            case GiveFeedback feedback: replies.Feedback(turn, feedback.Positive); break;
            case RequestHuman human: replies.RequestHuman(turn, human.Reason); break;
            case Affirm or Deny: return AnswerYesNoAsync(turn, command, ct);
            case Clarify clarify: replies.Clarify(turn, clarify.Candidates); break;
            default: replies.OutOfScope(turn); break;
        }
        return Task.CompletedTask;
    }

    /// <summary>A yes or no: yes to an offered person hands over, a repeated yes to an order action says it is done; otherwise ask what next.</summary>
    private async Task AnswerYesNoAsync(Turn turn, Command command, CancellationToken ct)
    {
        if (turn.State.HumanOffered && command is Affirm)
        {
            replies.RequestHuman(turn, "accepted the offer of a person");
            return;
        }
        if (command is Affirm && await orders.AnswerAfterDoneAsync(turn, ct)) return;
        turn.State.HumanOffered = false;
        turn.Reply.Say("next_what").QuickReplies(["find a product", "delivery times", "returns policy"]);
    }
}
