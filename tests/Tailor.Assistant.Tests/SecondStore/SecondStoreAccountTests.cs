using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Dialogue;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Tests.SecondStore;

/// <summary>
/// Payment method and account address changes on the second store: customers imported with saved cards, PayPal and
/// gift cards, and account addresses apart from their orders' delivery addresses. Each ends with a database check.
/// </summary>
[Collection(SecondStoreCollection.Name)]
public sealed class SecondStoreAccountTests(SecondStoreHost store)
{
    private const string Hannah = "nf_cust_501";
    private const string Tom = "nf_cust_502";
    private const string Priya = "nf_cust_503";

    [Fact]
    public async Task An_unshipped_order_moves_onto_a_saved_card_named_with_the_request()
    {
        var chat = await ChatAsync(Hannah);

        await chat.SayAsync("can i pay for order #1003 with my visa card instead?", expect: "ending 4417");
        await chat.SayAsync("yes", expect: "Done");

        var order = await OrderAsync("#1003");
        Assert.True(order.Payment is { Type: "card", Brand: "Visa", Last4: "4417" }, chat.Log);
        Assert.Equal(1, await store.ReadAsync(db => db.AuditLog.CountAsync(a => a.Subject == "#1003" && a.Action == "order.payment_changed")));
        Assert.Equal(1, await store.ReadAsync(db => db.Outbox.CountAsync(m => m.Type == "order.payment_changed" && m.PayloadJson.Contains("#1003"))));
    }

    [Fact]
    public async Task A_gift_card_short_of_the_total_is_refused_and_another_saved_method_is_taken()
    {
        var chat = await ChatAsync(Hannah);

        await chat.SayAsync("i'd like to change the payment method on #1007", expect: "PayPal");
        await chat.SayAsync("the gift card", expect: "enough");
        await chat.SayAsync("paypal then", expect: "To confirm");
        await chat.SayAsync("yes");

        var order = await OrderAsync("#1007");
        Assert.True(order.Payment is { Type: "paypal", Last4: null }, chat.Log);
    }

    [Fact]
    public async Task The_payment_of_a_shipped_order_is_not_changed_and_a_person_is_offered()
    {
        var chat = await ChatAsync(Tom);

        var reply = await chat.SayAsync("please change the payment method on #1004 to paypal", expect: "can't be changed");

        Assert.Contains("person", reply, StringComparison.OrdinalIgnoreCase);
        var order = await OrderAsync("#1004");
        Assert.True(order.Payment is { Type: "card", Last4: "2478" }, chat.Log);
        Assert.True((await StateAsync(chat)).HumanOfferedTurn is not null, chat.Log);
    }

    [Fact]
    public async Task A_customer_with_no_order_to_change_changes_the_address_on_the_account()
    {
        var chat = await ChatAsync(Tom);

        await chat.SayAsync("i've moved house, can you change my address?", expect: "your account");
        await chat.SayAsync("14 Queen Square, Bristol BS1 4NT", expect: "To confirm");
        await chat.SayAsync("yes", expect: "Done");

        var account = await CustomerAsync(Tom);
        Assert.True(account.Addresses[0].PostalCode == "BS1 4NT", chat.Log);
        // The shipped order keeps going where it was sent.
        Assert.Equal("BS1 6DZ", (await OrderAsync("#1004")).ShippingAddress.PostalCode);
        Assert.Equal(1, await store.ReadAsync(db => db.AuditLog.CountAsync(a => a.Subject == "customer:" + Tom && a.Action == "customer.address_changed")));
        Assert.Equal(1, await store.ReadAsync(db => db.Outbox.CountAsync(m => m.Type == "customer.address_changed" && m.PayloadJson.Contains(Tom))));
    }

    [Fact]
    public async Task With_an_order_not_shipped_yet_the_customer_is_asked_which_address_and_the_account_one_changes()
    {
        var chat = await ChatAsync(Priya);

        await chat.SayAsync("change my address", expect: "#1008");
        await chat.SayAsync("the address on my account", expect: "account");
        await chat.SayAsync("12 Gillygate, York YO31 7EQ", expect: "To confirm");
        await chat.SayAsync("yes");

        var account = await CustomerAsync(Priya);
        Assert.True(account.Addresses.Single().PostalCode == "YO31 7EQ", chat.Log);
        Assert.Equal("YO1 9QL", (await OrderAsync("#1008")).ShippingAddress.PostalCode);
    }

    [Fact]
    public async Task A_guest_cannot_change_an_account_address_without_proof()
    {
        var chat = await ChatAsync(null);

        await chat.SayAsync("please change the address on my account to 1 Low Street, Leeds LS2 7AA", expect: "sign in");

        Assert.Equal(0, await store.ReadAsync(db => db.OrderActions.CountAsync(a => a.ConversationId == chat.Id)));
        Assert.DoesNotContain(await store.ReadAsync(db => db.Customers.ToListAsync()), c => c.Addresses.Any(a => a.PostalCode == "LS2 7AA"));
    }

    private async Task<SecondStoreChat> ChatAsync(string? customer) => new(store, await store.StartAsync(customer));

    private Task<Order> OrderAsync(string number) => store.ReadAsync(db => db.Orders.SingleAsync(o => o.Number == number));

    private Task<Customer> CustomerAsync(string id) => store.ReadAsync(db => db.Customers.SingleAsync(c => c.ExternalId == id));

    private Task<DialogueState> StateAsync(SecondStoreChat chat) => store.ReadAsync(async db => JsonSerializer.Deserialize<DialogueState>(
        await db.Conversations.Where(c => c.Id == chat.Id).Select(c => c.StateJson).SingleAsync(), ChatEngine.Json)!);
}
