using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tailor.Store.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Tailor.Browser.Tests;

/// <summary>
/// An admin signs in to the console and sees how the assistant is doing: figures and charts drawn from the demo's
/// three weeks of history (Chart.js served by the server), then finds a conversation in the explorer and reads each
/// turn's intent, outcome and latency.
/// </summary>
[Collection(StorefrontCollection.Name)]
public sealed class ConsoleDashboardTests(StorefrontFixture store)
{
    private const string AdminEmail = "olga.admin@shop.test";
    private const string AdminPassword = "olga-admin-password-1";

    private async Task EnsureAdminAsync()
    {
        using var scope = store.Server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AgentAccount>>();
        if (await users.FindByEmailAsync(AdminEmail) is not null) return;
        var account = new AgentAccount { UserName = AdminEmail, Email = AdminEmail, DisplayName = "Olga" };
        Assert.True((await users.CreateAsync(account, AdminPassword)).Succeeded);
        await users.AddToRolesAsync(account, [AgentRoles.Agent, AgentRoles.Admin]);
    }

    private async Task<(IPage Page, List<string> Errors)> SignInAsync()
    {
        await EnsureAdminAsync();
        var page = await store.NewPageAsync();
        var errors = new List<string>();
        // The console asks who is signed in before the sign-in form shows: that one 401 is expected.
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.Contains("401")) errors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) => { if (response.Status == 404) errors.Add($"404 for {response.Url}"); };
        await page.SetViewportSizeAsync(1400, 1000);

        await page.GotoAsync(store.BaseUrl + "/agent");
        await page.GetByTestId("agent-email").FillAsync(AdminEmail);
        await page.GetByTestId("agent-password").FillAsync(AdminPassword);
        await page.GetByTestId("agent-signin-submit").ClickAsync();
        await Expect(page.GetByTestId("agent-connection")).ToHaveTextAsync("online");
        return (page, errors);
    }

    [Fact]
    public async Task An_admin_sees_the_dashboard_and_explores_a_conversation_turn_by_turn()
    {
        var (page, errors) = await SignInAsync();

        await page.GetByTestId("view-analytics").ClickAsync();
        await Expect(page.GetByTestId("analytics-status")).ToContainTextAsync("turns");
        var conversations = int.Parse(await page.GetByTestId("kpi-conversations").TextContentAsync() ?? "0");
        Assert.True(conversations > 50, $"a week of demo history should show, got {conversations}");
        await Expect(page.GetByTestId("kpi-containment")).ToContainTextAsync("%");
        await Expect(page.GetByTestId("top-intent").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("unanswered-group").First).ToBeVisibleAsync();
        // Chart.js drew on the canvases: a drawn chart registers itself on its canvas.
        Assert.True(await page.EvaluateAsync<bool>("() => ['chart-daily','chart-latency','chart-sentiment','chart-outcomes'].every(id => Chart.getChart(id) !== undefined)"));
        await Screenshots.SaveAsync(page, "console-analytics", fullPage: true);

        await page.GetByTestId("view-explorer").ClickAsync();
        await page.GetByTestId("explorer-outcome").SelectOptionAsync("NoResults");
        await page.GetByTestId("explorer-search").ClickAsync();
        await Expect(page.Locator("[data-testid=explorer-results][aria-busy=false]")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("explorer-status")).Not.ToHaveTextAsync("0 conversations");
        await page.GetByTestId("explorer-row").First.ClickAsync();
        await Expect(page.GetByTestId("explorer-turn").First).ToContainTextAsync(" ms");
        await Expect(page.GetByTestId("explorer-transcript")).ToContainTextAsync("NoResults");
        await Screenshots.SaveAsync(page, "console-explorer", fullPage: true);

        Assert.True(errors.Count == 0, "console errors: " + string.Join("\n", errors));
    }

    [Fact]
    public async Task An_admin_labels_a_failed_turn_from_the_review_queue_and_sees_the_model_in_use()
    {
        var (page, errors) = await SignInAsync();

        await page.GetByTestId("view-review").ClickAsync();
        await Expect(page.GetByTestId("review-status")).ToContainTextAsync("turns to review");
        await page.GetByTestId("review-reason").SelectOptionAsync("no_results");
        await page.GetByTestId("review-show").ClickAsync();
        await Expect(page.GetByTestId("review-row").First).ToContainTextAsync("NoResults");
        await Expect(page.GetByTestId("model-status")).ToContainTextAsync("In use:");
        var before = await page.GetByTestId("review-status").TextContentAsync();

        await page.GetByTestId("review-row").First.ClickAsync();
        await Expect(page.GetByTestId("review-text")).Not.ToBeEmptyAsync();
        await page.GetByTestId("review-intent").SelectOptionAsync("search_products");
        await page.GetByTestId("review-entities").FillAsync("category=dresses");
        await Screenshots.SaveAsync(page, "console-review", fullPage: true);
        await page.GetByTestId("review-save-label").ClickAsync();
        await Expect(page.GetByTestId("review-status")).ToContainTextAsync("label saved");
        // The labelled turn left the queue.
        Assert.NotEqual(before, await page.GetByTestId("review-status").TextContentAsync());

        Assert.True(errors.Count == 0, "console errors: " + string.Join("\n", errors));
    }
}
