using Tailor.Assistant.Conversations;
using Tailor.Assistant.Guard;
using Tailor.Assistant.Handoff;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Conversations;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// Decides what a command means in this conversation and hands it to the flow that owns it. Flows are
/// deterministic code; whoever understood the message (model or LLM) can choose them, never bypass them.
/// One set of rules for every flow on the stack and the repairs in one place: a person asked for (or a sensitive
/// topic) hands over at once; the active flow reads an answer first; a digression is answered and the flow reminded;
/// "back to…" resumes a flow set aside; not understood twice offers a person; several requests are answered in order.
/// </summary>
public sealed class DialogueManager(
    ShoppingFlow shopping, ProductAdvice products, ProductQuestionFlow question, PolicyDesk policies, OrderDesk orders,
    ConversationReplies replies, ContentSafetyResponder safety, ProfileDesk profile, TryOnDesk tryOn)
{
    private readonly IReadOnlyList<IDialogueFlow> flows = [orders, shopping, question];

    public async Task HandleAsync(Turn turn, StageClock clock, CancellationToken ct)
    {
        clock.Lap("dialogue");
        var state = turn.State;
        var understanding = turn.Understanding;
        var offered = state.PersonOfferedLastTurn;
        EmotionDetector.Observe(state, turn.Answer, understanding.Feeling.Words, turn.Shouting);
        // Abuse and unsafe requests get the content-safety reply and reach no flow (no cheerful goodbye to an insult).
        if (turn.Concern is { } concern)
        {
            turn.EndsConversation = await safety.RespondAsync(turn, concern, ct);
            return;
        }
        // Negative feedback apologises in its own reply: one "sorry" is enough.
        if (understanding.Command is not GiveFeedback { Positive: false })
            EmotionDetector.Acknowledge(turn.Reply, state, understanding.Feeling, understanding.Entities.Defect is not null && understanding.Command is OrderCommand);

        if (understanding.SensitiveTopic is { } topic && !state.HumanRequested)
            replies.RequestHuman(turn, topic, sensitiveTopic: topic);
        else if (understanding.Command is RequestHuman human)
            replies.RequestHuman(turn, human.Reason);
        else if (offered && understanding.Command is Affirm)
            replies.RequestHuman(turn, HandoffTriggers.AcceptedOffer);
        // "I'm a size 12", "forget my sizes": remembered (or forgotten) first; a search in the same message then uses it.
        else if (await profile.AnswerAsync(turn, ct))
            state.Misunderstandings = 0;
        else
        {
            var misunderstood = await RespondAsync(turn, ct);
            foreach (var next in understanding.Also)
            {
                turn.Next(next);
                await RespondAsync(turn, ct);
            }
            state.Misunderstandings = misunderstood ? state.Misunderstandings + 1 : 0;
        }
        // Only the message right after an order action can repeat its "yes".
        if (understanding.Command is not Affirm) state.LastOrderAction = null;
        clock.Lap("skills");

        if (state.Frustration >= EmotionDetector.OfferHuman && turn.Outcome != TurnOutcome.Handoff && !state.HumanRequested && !state.HumanOffered)
        {
            replies.OfferHuman(turn);
            turn.Command = understanding.Command.Name;
        }
    }

    /// <summary>One request: the active flow's answer, or the command routed to its flow; true when it was not understood.</summary>
    private async Task<bool> RespondAsync(Turn turn, CancellationToken ct)
    {
        var state = turn.State;
        var command = turn.Understanding.Command;
        var before = state.Flow;
        var active = before is null ? null : FlowOf(before);
        if (active is not null && await active.ContinueAsync(turn, ct)) return false;

        var misunderstood = command is Clarify || (command is OutOfScope outside && (!outside.Sure || turn.Understanding.Intent != "out_of_scope"));
        if (misunderstood && state.Misunderstandings >= 1)
        {
            replies.OfferHuman(turn);
            return true;
        }
        turn.FlowWaiting = active is not null && active.IsWaiting(before!);
        await RouteAsync(turn, command, ct);
        // A digression answered while a flow waits: the flow asks its question again.
        if (active is not null && state.Flow == before && active.IsWaiting(before!) && !active.Handles(command)
            && command is not (SmallTalk or GiveFeedback or BackToPrevious) && turn.Outcome != TurnOutcome.Handoff)
            await active.RemindAsync(turn, ct);
        return misunderstood;
    }

    private IDialogueFlow? FlowOf(FlowFrame frame) => flows.FirstOrDefault(f => f.Name == frame.Name);

    private Task RouteAsync(Turn turn, Command command, CancellationToken ct)
    {
        switch (command)
        {
            case SearchProducts search: return shopping.SearchAsync(turn, search.Constraints, ct);
            case RefineSearch refine: return shopping.RefineAsync(turn, refine.Change, refine.Direction, ct);
            case ShowMore: return shopping.ShowMoreAsync(turn, ct);
            case Correct correct: return shopping.CorrectAsync(turn, correct.Change, ct);
            case BackToPrevious: return ResumeAsync(turn, ct);
            case CancelFlow: shopping.Cancel(turn); break;
            case SelectProduct select: return products.SelectAsync(turn, select.Product, ct);
            case AskProductDetail detail: return products.DetailAsync(turn, detail, ct);
            case CompareProducts compare: return products.CompareAsync(turn, compare.First, compare.Second, ct);
            case AskPrice price: return products.PriceAsync(turn, price.Product, price.PromoCode, ct);
            case AskPromotions promotions: return products.PromotionsAsync(turn, promotions.Category, promotions.PromoCode, ct);
            case AskSizeAdvice size: return products.SizeAdviceAsync(turn, size.Product, size.Size, ct);
            case AskTryOn wish: return tryOn.OfferAsync(turn, wish.Product, ct);
            case AskStyleAdvice style: return products.StyleAdviceAsync(turn, style.Product, style.Occasion, ct);
            case Recommend recommend: return products.RecommendAsync(turn, recommend.Product, recommend.Kind, ct);
            case AskPolicy policy: return policies.AnswerAsync(turn, policy.Topic, policy.Question, ct);
            case OrderCommand order: return orders.StartAsync(turn, order, ct);
            case SmallTalk talk: replies.SmallTalk(turn, talk.Kind); break;
            case GiveFeedback feedback: replies.Feedback(turn, feedback.Positive); break;
            case RequestHuman human: replies.RequestHuman(turn, human.Reason); break;
            case Affirm or Deny: return AnswerYesNoAsync(turn, command, ct);
            case Clarify clarify: replies.Clarify(turn, clarify.Candidates); break;
            // Not sure enough to act is not "outside what I do": ask, offering the likeliest readings.
            // Gibberish read hesitantly as out of scope gets no guesses, only the examples.
            case OutOfScope outside when !outside.Sure || turn.Understanding.Intent != "out_of_scope":
                replies.Clarify(turn, turn.Understanding.Intent == "out_of_scope" ? [] : turn.Understanding.Alternatives); break;
            default: replies.OutOfScope(turn); break;
        }
        return Task.CompletedTask;
    }

    /// <summary>"Back to my return", "back to the dresses": the flow set aside most recently comes back with a reminder.</summary>
    private async Task ResumeAsync(Turn turn, CancellationToken ct)
    {
        var state = turn.State;
        var mentioned = turn.Understanding.Entities.Constraints;
        // "Back to my exchange" while the exchange is still the active flow: it just asks its question again.
        if (mentioned.Category is null && state.Flow is { } top && FlowOf(top) is { } active && active.IsWaiting(top))
        {
            await active.RemindAsync(turn, ct);
            return;
        }
        if (mentioned.Category is null && state.Interrupted.LastOrDefault() is { } frame && FlowOf(frame) is { } flow and not ShoppingFlow)
        {
            state.Resume(frame);
            await flow.RemindAsync(turn, ct);
            return;
        }
        await shopping.ResumeAsync(turn, mentioned, ct);
    }

    /// <summary>A yes or no: a repeated yes to an order action says it is done; otherwise ask what next.</summary>
    private async Task AnswerYesNoAsync(Turn turn, Command command, CancellationToken ct)
    {
        if (command is Affirm && await orders.AnswerAfterDoneAsync(turn, ct)) return;
        turn.Reply.Say("next_what").QuickReplies(["find a product", "delivery times", "returns policy"]);
    }
}
