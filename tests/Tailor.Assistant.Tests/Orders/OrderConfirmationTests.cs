using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Tests.Conversations;
using Tailor.Domain.Returns;

namespace Tailor.Assistant.Tests.Orders;

/// <summary>Confirmations against the real engine and database: one RMA however many yeses, stock held for exchanges.</summary>
[Collection(AssistantHostCollection.Name)]
public sealed class OrderConfirmationTests(AssistantHost host)
{
    private readonly OrderFacts orders = new(host);

    [Fact]
    public async Task Two_conversations_confirming_the_same_return_at_once_create_one_rma()
    {
        var number = await orders.NumberAsync("returnable");
        var email = await orders.FillAsync("{email:returnable}");
        var first = await SummariseReturnAsync(number, email);
        var second = await SummariseReturnAsync(number, email);
        // Each guest confirms with the code e-mailed for their own conversation; the last one mailed is theirs.
        await SayAsync(first, "yes");
        var firstCode = await orders.CodeAsync("returnable");
        await SayAsync(second, "yes");
        var secondCode = await orders.CodeAsync("returnable");

        var replies = await Task.WhenAll(SayAsync(first, firstCode), SayAsync(second, secondCode));

        var requests = await host.ReadAsync(db => db.Returns.Where(r => r.OrderNumber == number).ToListAsync());
        var request = Assert.Single(requests);
        Assert.True(replies.Count(r => r.Contains(request.Rma, StringComparison.Ordinal)) == 1, string.Join("\n", replies));
        Assert.Single(replies, r => r.Contains(request.Rma, StringComparison.Ordinal) && r.Contains("Done!", StringComparison.Ordinal));
        Assert.Single(replies, r => r.Contains("already being returned", StringComparison.Ordinal));
        Assert.Equal(1, await host.ReadAsync(db => db.AuditLog.CountAsync(a => a.Subject == number && a.Action == "return.created")));
        Assert.Equal(1, await host.ReadAsync(db => db.Outbox.CountAsync(m => m.Type == "return.created" && m.PayloadJson.Contains(number))));
        var ids = request.Lines.Select(r => r.OrderLineId).ToList();
        var lines = await host.ReadAsync(db => db.OrderLines.Where(l => ids.Contains(l.Id)).ToListAsync());
        Assert.All(lines, l => Assert.Equal(request.Lines.Single(r => r.OrderLineId == l.Id).Quantity, l.ReturnedQuantity));
    }

    [Fact]
    public async Task Confirming_an_exchange_holds_the_new_size_off_sale()
    {
        var number = await orders.NumberAsync("exchangeable-two");
        var email = await orders.FillAsync("{email:exchangeable-two}");
        var size = await orders.FillAsync("{in-stock-size:exchangeable-two}");
        var conversation = await StartAsync();
        await SayAsync(conversation, $"i'd like to exchange something from {number}");
        await SayAsync(conversation, email);
        await SayAsync(conversation, $"size {size}");
        var line = (await orders.OrderAsync(number)).Lines.OrderBy(l => l.Id).First(l => l.ReturnedQuantity < l.Quantity);
        var target = await host.ReadAsync(db => db.Variants.SingleAsync(v => v.Product!.Handle == line.ProductHandle && v.Color == line.Color && v.Size == size));

        var asked = await SayAsync(conversation, "yes");
        Assert.Contains("sent a 6-digit code", asked, StringComparison.Ordinal);
        var done = await SayAsync(conversation, await orders.CodeAsync("exchangeable-two"));

        var request = await host.ReadAsync(db => db.Returns.SingleAsync(r => r.OrderNumber == number));
        Assert.Contains(request.Rma, done);
        Assert.Equal((ReturnKind.Exchange, target.Sku), (request.Kind, request.Lines.Single().ExchangeSku));
        Assert.Equal(target.Stock - line.Quantity, await host.ReadAsync(db => db.Variants.Where(v => v.Sku == target.Sku).Select(v => v.Stock).SingleAsync()));
        var held = await host.ReadAsync(db => db.StockReservations.SingleAsync(r => r.Rma == request.Rma));
        Assert.Equal((target.Sku, line.Quantity, ReservationStatus.Held), (held.Sku, held.Quantity, held.Status));
    }

    // A guest who proved the order and got as far as the summary of returning everything on it.
    private async Task<string> SummariseReturnAsync(string number, string email)
    {
        var conversation = await StartAsync();
        await SayAsync(conversation, $"i want to return everything from {number}");
        await SayAsync(conversation, email);
        var state = await StateAsync(conversation);
        if (OrderFlow.Of(state)?.Step == OrderStep.Lines) await SayAsync(conversation, "all of them");
        await SayAsync(conversation, "i changed my mind about them");
        if (OrderFlow.Of(await StateAsync(conversation))?.Step == OrderStep.Refund) await SayAsync(conversation, "store credit");
        Assert.Equal(OrderStep.Confirm, OrderFlow.Of(await StateAsync(conversation))?.Step);
        return conversation;
    }

    private async Task<string> StartAsync()
    {
        await using var scope = host.Scope();
        return (await scope.ServiceProvider.GetRequiredService<ChatEngine>().StartAsync(new PageContext(), CancellationToken.None)).Id;
    }

    private async Task<string> SayAsync(string conversation, string text)
    {
        await using var scope = host.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<ChatEngine>().SendAsync(conversation, text, null, CancellationToken.None);
        return result!.Messages.Single().Text;
    }

    private Task<DialogueState> StateAsync(string conversation) => host.ReadAsync(async db =>
        System.Text.Json.JsonSerializer.Deserialize<DialogueState>(
            await db.Conversations.Where(c => c.Id == conversation).Select(c => c.StateJson).SingleAsync(), ChatEngine.Json)!);
}
