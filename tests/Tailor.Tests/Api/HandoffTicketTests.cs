using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Tailor.Tests.Api;

/// <summary>With no agent online the shopper is offered a ticket, which the console lists until an agent closes it.</summary>
public sealed class HandoffTicketTests(HandoffServerFactory server) : IClassFixture<HandoffServerFactory>
{
    [Fact]
    public async Task With_no_agent_online_the_shopper_leaves_a_ticket_instead_of_waiting_in_a_queue()
    {
        var shopper = server.CreateClient();
        var id = await server.StartChatAsync(shopper);
        var asked = await HandoffServerFactory.SayAsync(shopper, id, "I need to speak to a person");

        Assert.Contains("Leave your e-mail", asked.GetProperty("messages")[0].GetProperty("text").GetString());
        var cookie = await server.SignInAsync(HandoffServerFactory.AdminEmail, HandoffServerFactory.AdminPassword);
        using var console = server.ConsoleClient(cookie);
        Assert.Empty((await console.GetFromJsonAsync<JsonElement>("/agent/api/queue")).GetProperty("waiting").EnumerateArray());

        var invalid = await shopper.PostAsJsonAsync($"/api/chat/conversations/{id}/tickets", new { email = "not an address", message = "hello" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("email", (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var created = await shopper.PostAsJsonAsync($"/api/chat/conversations/{id}/tickets",
            new { email = "ada@example.com", message = "My order TL-100023 came without the belt, card 4111 1111 1111 1111" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ticketId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var listed = (await console.GetFromJsonAsync<JsonElement>("/agent/api/tickets")).EnumerateArray().Single(t => t.GetProperty("id").GetInt64() == ticketId);
        Assert.Equal("ada@example.com", listed.GetProperty("email").GetString());
        Assert.DoesNotContain("4111 1111 1111 1111", listed.GetProperty("message").GetString());
        await using var hub = server.Hub(cookie);
        await hub.StartAsync();
        Assert.True(await hub.InvokeAsync<bool>("CloseTicket", ticketId));
        Assert.False(await hub.InvokeAsync<bool>("CloseTicket", ticketId));
        Assert.DoesNotContain((await console.GetFromJsonAsync<JsonElement>("/agent/api/tickets")).EnumerateArray(), t => t.GetProperty("id").GetInt64() == ticketId);
    }

    [Fact]
    public async Task Every_request_for_a_person_counts_in_the_handoff_metrics_even_when_it_ends_in_a_ticket()
    {
        using var admin = server.CreateAdminClient();
        var before = await admin.GetFromJsonAsync<JsonElement>("/api/admin/handoff/metrics?days=1");
        var shopper = server.CreateClient();
        var id = await server.StartChatAsync(shopper);
        await HandoffServerFactory.SayAsync(shopper, id, "I need to speak to a person");
        await HandoffServerFactory.SayAsync(shopper, id, "a real person please");

        var after = await admin.GetFromJsonAsync<JsonElement>("/api/admin/handoff/metrics?days=1");
        Assert.Equal(2, after.GetProperty("requests").GetInt32() - before.GetProperty("requests").GetInt32());
        Assert.Equal(2, after.GetProperty("ticketRequests").GetInt32() - before.GetProperty("ticketRequests").GetInt32());
        Assert.Equal(0, after.GetProperty("handoffs").GetInt32() - before.GetProperty("handoffs").GetInt32());
    }
}
