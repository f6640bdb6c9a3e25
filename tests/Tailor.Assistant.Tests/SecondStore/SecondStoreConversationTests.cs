using System.Text.Json;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Handoff;
using Tailor.Domain.Handoff;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;

namespace Tailor.Assistant.Tests.SecondStore;

/// <summary>
/// Order care on a second, differently shaped store (Shopify "#1001" numbers, products with Fit / Length / Colour,
/// accounts whose address differs from the delivery address): each conversation ends with a check of the database.
/// </summary>
[Collection(SecondStoreCollection.Name)]
public sealed class SecondStoreConversationTests(SecondStoreHost store)
{
    private const string Hannah = "nf_cust_501";
    private const string Tom = "nf_cust_502";

    [Fact]
    public async Task A_guest_tracks_a_hash_numbered_order_proving_it_with_the_account_postcode()
    {
        var chat = await ChatAsync(null);

        await chat.SayAsync("hi, where's my order #1004?", expect: "e-mail address or the delivery postcode");
        await chat.SayAsync("BS1 5TR", expect: "1004");

        var attempts = await store.ReadAsync(db => db.VerificationAttempts.Where(a => a.ConversationId == chat.Id).ToListAsync());
        Assert.True(attempts is [{ OrderNumber: "#1004", Succeeded: true }], chat.Log);
        Assert.Equal(OrderStatus.Shipped, await StatusAsync("#1004"));
    }

    [Fact]
    public async Task A_wrong_detail_is_refused_without_saying_which_part_was_wrong()
    {
        var chat = await ChatAsync(null);

        await chat.SayAsync("track order 1005", expect: "e-mail address or the delivery postcode");
        var reply = await chat.SayAsync("somebody@example.org", expect: "couldn't verify");

        Assert.DoesNotContain("e-mail address is wrong", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Tom", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_customer_cancels_an_order_by_its_bare_number()
    {
        var chat = await ChatAsync(Hannah);

        await chat.SayAsync("please cancel order 1002", expect: "#1002");
        await chat.SayAsync("ordered by mistake", expect: "#1002");
        await chat.SayAsync("yes");

        Assert.True(await StatusAsync("#1002") == OrderStatus.Cancelled, chat.Log);
    }

    [Fact]
    public async Task An_item_not_shipped_yet_changes_to_another_length_and_the_price_difference_is_stated()
    {
        var chat = await ChatAsync(Hannah);

        await chat.SayAsync("can i change the chinos on #1001 to the long ones?", expect: "more");
        await chat.SayAsync("yes");

        var line = await store.ReadAsync(db => db.Orders.Where(o => o.Number == "#1001").SelectMany(o => o.Lines).SingleAsync());
        Assert.True(line.Sku == "NF-CH-SL-L-NVY", chat.Log);
        Assert.Equal(("Long", "Navy", "Slim"), (line.Size, line.Color, line.Options.Single().Value));
        Assert.Equal(64m, line.UnitPrice);
    }

    [Fact]
    public async Task The_delivery_address_of_an_order_not_shipped_yet_changes()
    {
        var chat = await ChatAsync(Hannah);

        await chat.SayAsync("i need to change the delivery address on #1003", expect: "address");
        await chat.SayAsync("5 Park Row, Leeds LS1 5HD", expect: "To confirm");
        await chat.SayAsync("yes");

        var order = await store.ReadAsync(db => db.Orders.SingleAsync(o => o.Number == "#1003"));
        Assert.True(order.ShippingAddress.PostalCode == "LS1 5HD", chat.Log);
        var account = await store.ReadAsync(db => db.Customers.SingleAsync(c => c.ExternalId == Hannah));
        Assert.Equal("M1 3HE", account.Addresses.Single().PostalCode);
    }

    [Fact]
    public async Task An_item_of_a_delivered_order_is_returned()
    {
        var chat = await ChatAsync(Tom);

        await chat.SayAsync("i'd like to return the oxford shirt from #1005, it's too large");
        await chat.SayAsync("refund to my card");
        await chat.SayAsync("yes");

        var returns = await ReturnsAsync("#1005");
        Assert.True(returns is [{ Kind: ReturnKind.Return, Reason: "too-large" }], chat.Log);
        Assert.Single(returns[0].Lines);
    }

    [Fact]
    public async Task A_delivered_item_is_exchanged_for_another_value_of_a_store_named_option()
    {
        var chat = await ChatAsync(Tom);

        await chat.SayAsync("can i exchange the chinos from #1006 for the slim fit?", expect: "Slim");
        await chat.SayAsync("yes");

        var returns = await ReturnsAsync("#1006");
        Assert.True(returns is [{ Kind: ReturnKind.Exchange }], chat.Log);
        Assert.Equal("NF-CH-SL-S-NVY", returns[0].Lines.Single().ExchangeSku);
    }

    [Fact]
    public async Task An_item_swap_while_the_parcel_is_on_its_way_offers_a_person()
    {
        var chat = await ChatAsync(Tom);

        await chat.SayAsync("can i exchange the beanies on #1004 for grey ones", expect: "on its way");
        await chat.SayAsync("yes please");

        // The person (or, with nobody online, the message form) gets the note of what was asked.
        var state = await store.ReadAsync(async db => JsonSerializer.Deserialize<DialogueState>(
            await db.Conversations.Where(c => c.Id == chat.Id).Select(c => c.StateJson).SingleAsync(), ChatEngine.Json)!);
        Assert.True(state.HumanRequested, chat.Log);
        Assert.Equal((HandoffReason.ActionNotPossible, true), (HandoffTriggers.ReasonFor(state, null).Reason, HandoffTriggers.ReasonFor(state, null).Detail.Contains("#1004")));
        Assert.Empty(await ReturnsAsync("#1004"));
    }

    private async Task<SecondStoreChat> ChatAsync(string? customer) => new(store, await store.StartAsync(customer));

    private Task<OrderStatus> StatusAsync(string number) => store.ReadAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.Status).SingleAsync());

    private Task<List<ReturnRequest>> ReturnsAsync(string number) => store.ReadAsync(db => db.Returns.Where(r => r.OrderNumber == number).ToListAsync());
}
