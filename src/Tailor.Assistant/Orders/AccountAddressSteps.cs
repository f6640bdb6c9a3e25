using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Orders;

/// <summary>
/// Changing the address on the customer's account, not an order's delivery address: for a signed-in customer, or a
/// guest who proved an order of the account with its e-mailed code. The new address is summarised, changed only on a
/// yes, audited and sent to the store as <c>customer.address_changed</c>; orders already placed keep their address.
/// </summary>
public sealed class AccountAddressSteps(AccountProof proof, OrderReader reader, OrderActions actions)
{
    public async Task BeginAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        (flow.Task, flow.Step, flow.Order, flow.Change) = (OrderTask.AccountAddress, OrderStep.Address, null, null);
        if (await AccountAsync(turn, ct) is not { } customer)
        {
            OrderFlow.End(turn.State);
            turn.Reply.Say("account_address_sign_in");
            PersonOffer.After(turn, OrderTask.AccountAddress, null, "account address change without sign-in or an e-mailed code");
            return;
        }
        // "Change the address on my account to 5 Park Row, Leeds LS1 5HD" gives it at once.
        if (!await TakeAddressAsync(turn, flow, customer, ct)) Ask(turn, customer);
    }

    public async Task<bool> ContinueAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        if (await AccountAsync(turn, ct) is not { } customer) return false;
        if (flow.Step == OrderStep.Address)
        {
            if (await TakeAddressAsync(turn, flow, customer, ct)) return true;
            if (!turn.Answer.LooksLikeAddress) return false;
            turn.Reply.Say("change_address_unclear");
            return true;
        }
        switch (turn.Understanding.Command)
        {
            case Affirm:
                await ConfirmAsync(turn, flow, ct);
                return true;
            case Deny or CancelFlow or Correct:
                await actions.DeclineAsync(flow.Proposal!, ct);
                OrderFlow.End(turn.State);
                turn.Reply.Say("account_address_declined");
                return true;
            case ChangeOrder:
                turn.Reply.Say("order_confirm_yes_no").QuickReplies(["yes", "no"]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Asks the question the flow waits on again, after a digression.</summary>
    public async Task AskAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        turn.Reply.Say("account_address_resume");
        if (flow.Step == OrderStep.Confirm) turn.Reply.Say("order_confirm_yes_no").QuickReplies(["yes", "no"]);
        else if (await AccountAsync(turn, ct) is { } customer) Ask(turn, customer);
    }

    private async Task<Customer?> AccountAsync(Turn turn, CancellationToken ct) =>
        await proof.CustomerAsync(turn, ct) is { } id ? await reader.CustomerAsync(id, ct) : null;

    private static void Ask(Turn turn, Customer customer) =>
        turn.Reply.Say(customer.Addresses.Count == 0 ? "account_address_ask_none" : "account_address_ask", ("address", Current(customer)));

    private async Task<bool> TakeAddressAsync(Turn turn, OrderFlow flow, Customer customer, CancellationToken ct)
    {
        if (turn.Answer.NewAddress(customer.Addresses.FirstOrDefault() ?? new Address()) is not { } address) return false;
        var action = await actions.ProposeForAccountAsync(turn, customer.Id, new ActionDetails { NewAddress = address }, ct);
        (flow.Proposal, flow.Step) = (action.Reference, OrderStep.Confirm);
        turn.Reply.Say("account_address_summary", ("new_address", OrderWording.MaskedAddress(address)), ("address", Current(customer)))
            .QuickReplies(["yes", "no"]);
        return true;
    }

    private async Task ConfirmAsync(Turn turn, OrderFlow flow, CancellationToken ct)
    {
        var reference = flow.Proposal!;
        var outcome = await actions.ConfirmAsync(turn, reference, ct);
        OrderFlow.End(turn.State);
        switch (outcome.Result)
        {
            case ActionResult.Done or ActionResult.AlreadyDone:
                var customer = await AccountAsync(turn, ct);
                turn.Reply.Say("account_address_done", ("reference", outcome.Reference ?? reference),
                    ("new_address", customer is null ? "" : Current(customer)));
                turn.State.LastOrderAction = reference;
                break;
            case ActionResult.NotProven:
                turn.Reply.Say("account_address_sign_in");
                break;
            default:
                turn.Reply.Say("order_action_not_pending");
                break;
        }
    }

    private static string Current(Customer customer) =>
        customer.Addresses.FirstOrDefault() is { } address ? OrderWording.MaskedAddress(address) : "";
}
