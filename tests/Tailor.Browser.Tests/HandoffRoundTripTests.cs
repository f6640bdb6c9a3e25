using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tailor.Assistant.Handoff;
using Tailor.Domain.Handoff;
using Tailor.Store.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Tailor.Browser.Tests;

/// <summary>
/// A shopper on the storefront and an agent in the console, in two browser contexts: the shopper asks for a person,
/// waits in the queue, the agent claims the chat, they write to each other while the assistant stays silent, and once
/// handed back the assistant answers again.
/// </summary>
[Collection(StorefrontCollection.Name)]
public sealed class HandoffRoundTripTests(StorefrontFixture store)
{
    private const string AgentEmail = "nora@shop.test";
    private const string AgentPassword = "nora-console-password";

    private async Task EnsureAgentAsync()
    {
        using var scope = store.Server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AgentAccount>>();
        if (await users.FindByEmailAsync(AgentEmail) is not null) return;
        var account = new AgentAccount { UserName = AgentEmail, Email = AgentEmail, DisplayName = "Nora" };
        Assert.True((await users.CreateAsync(account, AgentPassword)).Succeeded);
        await users.AddToRoleAsync(account, AgentRoles.Agent);
    }

    [Fact]
    public async Task A_shopper_reaches_an_agent_in_the_console_and_goes_back_to_the_assistant()
    {
        await EnsureAgentAsync();
        var shopperPage = await store.NewPageAsync();
        var agentPage = await store.NewPageAsync();
        var widget = new ChatWidget(shopperPage);

        // An agent is online in the console; the shopper asks for a person and is queued.
        await agentPage.GotoAsync(store.BaseUrl + "/agent");
        await agentPage.GetByTestId("agent-email").FillAsync(AgentEmail);
        await agentPage.GetByTestId("agent-password").FillAsync(AgentPassword);
        await agentPage.GetByTestId("agent-signin-submit").ClickAsync();
        await Expect(agentPage.GetByTestId("agent-connection")).ToHaveTextAsync("online");
        await shopperPage.GotoAsync(store.BaseUrl + "/");
        await widget.OpenAsync();
        await widget.WaitForAnswerAsync(new Answer(0, 0, 0));
        await widget.AskAsync("I want to talk to a person");
        await Expect(widget.Part("handoff-status")).ToContainTextAsync("in the queue");
        await Expect(widget.Part("handoff-cancel")).ToBeVisibleAsync();
        var conversationId = await shopperPage.EvaluateAsync<string>("() => localStorage.getItem('tailor:demo:conversation')");
        var handoffId = await store.Server.QueryAsync(db => db.Handoffs.Where(h => h.ConversationId == conversationId && h.Status == HandoffStatus.Queued)
            .Select(h => h.Id).SingleAsync());

        // The agent sees the chat in the queue with its summary, and claims it.
        var queued = agentPage.Locator($"[data-testid=agent-queue-item][data-handoff-id='{handoffId}']");
        await queued.ClickAsync();
        await Expect(agentPage.GetByTestId("agent-summary")).ToContainTextAsync("ShopperAsked");
        await agentPage.GetByTestId("agent-claim").ClickAsync();
        await Expect(widget.Part("handoff-status")).ToContainTextAsync("You're chatting with Nora");
        await Expect(widget.Part("handoff-cancel")).ToBeHiddenAsync();

        // The agent types (the shopper sees it) and writes; the shopper answers; the assistant says nothing meanwhile.
        await agentPage.GetByTestId("agent-reply-text").PressSequentiallyAsync("Hi, I'm Nora");
        await Expect(widget.Part("agent-typing")).ToBeVisibleAsync();
        await agentPage.GetByTestId("agent-reply-text").FillAsync("Hi, I'm Nora. How can I help?");
        await agentPage.GetByTestId("agent-send").ClickAsync();
        var agentSaid = widget.Part("message").And(shopperPage.Locator("[data-role=agent]"));
        await Expect(agentSaid).ToHaveTextAsync("Hi, I'm Nora. How can I help?");
        var cardsBefore = await widget.Cards.CountAsync();
        await agentPage.GetByTestId("agent-product-query").FillAsync("jeans under 80");
        await agentPage.GetByTestId("agent-send-products").ClickAsync();
        await Expect(widget.Cards.Nth(cardsBefore)).ToBeVisibleAsync();
        await Expect(widget.Cards.Nth(cardsBefore)).ToContainTextAsync("Picked for you by Nora");
        var assistantBefore = await widget.AssistantMessages.CountAsync();
        await widget.Input.FillAsync("my dress arrived torn");
        await widget.Part("send").ClickAsync();
        await Expect(agentPage.GetByTestId("agent-transcript-user").Last).ToHaveTextAsync("my dress arrived torn");
        await Expect(widget.Part("messages")).Not.ToHaveAttributeAsync("aria-busy", "true");
        Assert.Equal(assistantBefore, await widget.AssistantMessages.CountAsync());

        // Handed back: the shopper is told, and the assistant answers the next message again.
        await agentPage.GetByTestId("agent-hand-back").ClickAsync();
        await Expect(widget.AssistantMessages.Last).ToContainTextAsync("back with the assistant");
        await Expect(widget.Part("handoff-status")).ToBeHiddenAsync();
        var before = await widget.CountsAsync();
        await widget.AskAsync("show me dresses");
        await Expect(widget.Cards.Nth(before.Cards)).ToBeVisibleAsync();

        await shopperPage.Context.CloseAsync();
        await agentPage.Context.CloseAsync();
    }

    [Fact]
    public async Task With_no_agent_online_the_shopper_leaves_a_ticket_that_the_console_lists()
    {
        await EnsureAgentAsync();
        // Consoles closed by earlier tests disconnect asynchronously.
        var presence = store.Server.Service<AgentPresence>();
        for (var wait = 0; presence.AnyOnline && wait < 50; wait++) await Task.Delay(100);
        Assert.False(presence.AnyOnline);
        var shopperPage = await store.NewPageAsync();
        var widget = new ChatWidget(shopperPage);

        await shopperPage.GotoAsync(store.BaseUrl + "/");
        await widget.OpenAsync();
        await widget.WaitForAnswerAsync(new Answer(0, 0, 0));
        await widget.AskAsync("can I talk to a person");
        await Expect(widget.AssistantMessages.Last).ToContainTextAsync("Leave your e-mail");
        await widget.Part("ticket-email").FillAsync("not-an-address");
        await widget.Part("ticket-message").FillAsync("The zip on my coat broke after one wear.");
        await widget.Part("ticket-submit").ClickAsync();
        await Expect(widget.Part("ticket-form")).ToBeVisibleAsync();
        await widget.Part("ticket-email").FillAsync("grace@example.com");
        await widget.Part("ticket-submit").ClickAsync();
        await Expect(widget.Part("ticket-note")).ToContainTextAsync("we've got your message");

        var agentPage = await store.NewPageAsync();
        await agentPage.GotoAsync(store.BaseUrl + "/agent");
        await agentPage.GetByTestId("agent-email").FillAsync(AgentEmail);
        await agentPage.GetByTestId("agent-password").FillAsync(AgentPassword);
        await agentPage.GetByTestId("agent-signin-submit").ClickAsync();
        var ticket = agentPage.GetByTestId("agent-ticket").Filter(new() { HasText = "grace@example.com" });
        await Expect(ticket).ToContainTextAsync("The zip on my coat broke after one wear.");
        await ticket.GetByTestId("agent-ticket-close").ClickAsync();
        await Expect(ticket).ToHaveCountAsync(0);

        await shopperPage.Context.CloseAsync();
        await agentPage.Context.CloseAsync();
    }
}
