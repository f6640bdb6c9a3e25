using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>
/// The answer to a summary: "yes" carries the action out once and confirms it with its reference; "no", "never
/// mind" or "actually no" declines it and nothing changes; asking for the same thing again asks for a yes or no.
/// A guest's yes is not enough on its own: the change waits for the one-time code e-mailed to the order's address.
/// </summary>
public sealed class OrderConfirmation(OrderReader reader, OrderActions actions, OrderTaskSteps steps, OrderCodes codes, OrderCareOptions options)
{
    public async Task<bool> AnswerAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        switch (turn.Understanding.Command)
        {
            case Affirm:
                if (await codes.IsProvenAsync(turn, flow.Order!, ct)) await ConfirmAsync(turn, flow, ct);
                else await SendCodeAsync(turn, flow, "order_code_sent", ct);
                return true;
            // "Actually no, …" is a no to the summary, whatever else it says.
            case Deny or CancelFlow or Correct:
                await actions.DeclineAsync(flow.Proposal!, ct);
                OrderFlow.End(turn.State);
                turn.Reply.Say("order_action_declined", ("number", flow.Order));
                return true;
            case OrderCommand other when OrderTasks.TaskOf(other) == flow.Task && (other.OrderNumber is null || OrderNumber.Same(other.OrderNumber, flow.Order)):
                turn.Reply.Say("order_confirm_yes_no").QuickReplies(["yes", "no"]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The shopper answered the code question: the right code carries the summarised action out.</summary>
    public async Task<bool> TakeCodeAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        if (turn.Answer.Read(new ExpectedSlot(SlotKind.Code)).Code is not { } typed)
        {
            if (turn.Understanding.Command is not Affirm) return false;
            await AskForCodeAsync(turn, flow, ct);
            return true;
        }
        var (check, left) = await codes.CheckAsync(turn, flow.Order!, typed, ct);
        switch (check)
        {
            case CodeCheck.Accepted:
                turn.Reply.Say("order_code_accepted");
                await ConfirmAsync(turn, flow, ct);
                break;
            case CodeCheck.Wrong:
                turn.Reply.Say("order_code_wrong", ("tries", left));
                break;
            case CodeCheck.Expired:
                await SendCodeAsync(turn, flow, "order_code_resent", ct);
                break;
            default:
                await StopAsync(turn, flow, "order_code_spent", ct);
                break;
        }
        return true;
    }

    /// <summary>Asks again for the code the flow is waiting on (after a digression, or a bare "yes").</summary>
    public async Task AskForCodeAsync(Turn turn, OrderFlow flow, CancellationToken ct) =>
        turn.Reply.Say("order_code_ask", ("digits", OrderCodes.Digits), ("masked_email", await MaskedEmailAsync(flow, ct)), ("number", flow.Order));

    private async Task SendCodeAsync(Turn turn, OrderFlow flow, string key, CancellationToken ct)
    {
        if (await codes.SendAsync(turn, flow.Order!, ct) != CodeSending.Sent)
        {
            await StopAsync(turn, flow, "order_code_too_many", ct);
            return;
        }
        flow.Step = OrderStep.Code;
        turn.Reply.Say(key, ("digits", OrderCodes.Digits), ("masked_email", await MaskedEmailAsync(flow, ct)),
            ("minutes", (int)options.CodeLifetime.TotalMinutes));
    }

    private async Task StopAsync(Turn turn, OrderFlow flow, string key, CancellationToken ct)
    {
        await actions.DeclineAsync(flow.Proposal!, ct);
        OrderFlow.End(turn.State);
        turn.Reply.Say(key, ("number", flow.Order)).QuickReplies(["talk to a person"]);
    }

    private async Task<string> MaskedEmailAsync(OrderFlow flow, CancellationToken ct) =>
        await reader.ReadAsync(flow.Order!, ct) is { } file ? OrderWording.MaskedEmail(file.Order.Email) : "***";

    private async Task ConfirmAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        var state = turn.State;
        var reference = flow.Proposal!;
        var before = await reader.ReadAsync(flow.Order!, ct);
        var action = await actions.FindAsync(reference, ct);
        var outcome = await actions.ConfirmAsync(turn, reference, ct);
        OrderFlow.End(state);
        var after = await reader.ReadAsync(flow.Order!, ct);
        switch (outcome.Result)
        {
            case ActionResult.Done when action is not null && before is not null && after is not null:
                action.Result = outcome.Reference;
                steps.For(action.Kind).Done(turn, before, after, action, OrderActions.Details(action));
                state.LastOrderAction = reference;
                break;
            case ActionResult.Done or ActionResult.AlreadyDone:
                turn.Reply.Say("order_action_already_done", ("reference", outcome.Reference ?? reference));
                state.LastOrderAction = reference;
                break;
            case ActionResult.Refused:
                turn.Reply.Say($"order_action_refused_{outcome.Refusal}", ("number", flow.Order),
                    ("status", after is null ? "" : OrderWording.Status(after.Order.Status)));
                turn.Reply.QuickReplies([$"track {flow.Order}", "talk to a person"]);
                (state.UnfinishedAction, state.UnfinishedActionTurn) = ($"{action?.Kind.ToString().ToLowerInvariant()} {flow.Order}: {outcome.Refusal}", state.Turns);
                break;
            default:
                turn.Reply.Say("order_action_not_pending");
                break;
        }
    }
}
