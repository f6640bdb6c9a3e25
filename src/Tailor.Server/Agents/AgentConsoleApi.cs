using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Handoff;
using Tailor.Domain.Handoff;
using Tailor.Domain.Orders;
using Tailor.Store.Persistence;

namespace Tailor.Server.Agents;

/// <summary>The agent console: its page and scripts at <c>/agent</c>, sign-in, the queue and a chat's details, and the hub.</summary>
public static class AgentConsoleApi
{
    public sealed record SignIn(string? Email, string? Password);
    public sealed record Me(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles);
    public sealed record HandoffRow(long Id, string ConversationId, string Status, string Reason, string ReasonDetail, string? AgentName,
        DateTimeOffset RequestedAt, DateTimeOffset? ClaimedAt, string? Intent);
    public sealed record Queue(IReadOnlyList<HandoffRow> Waiting, IReadOnlyList<HandoffRow> WithAgents);
    public sealed record CustomerView(string Name, string Email);
    public sealed record OrderRow(string Number, string Status, decimal Total, string Currency, DateTimeOffset PlacedAt);
    public sealed record NoteRow(string AgentName, string Text, DateTimeOffset CreatedAt);
    public sealed record HandoffDetail(
        HandoffRow Handoff, HandoffSummary? Summary, Transcript Transcript, CustomerView? Customer, IReadOnlyList<OrderRow> Orders, IReadOnlyList<NoteRow> Notes);
    public sealed record AgentRow(string Email, string DisplayName);
    public sealed record NewAgent(string? Email, string? Password, string? DisplayName, bool Admin = false);
    public sealed record TicketRow(long Id, string ConversationId, string Email, string Message, bool OutsideOpeningHours, DateTimeOffset CreatedAt);

    public static WebApplication MapAgentConsole(this WebApplication app)
    {
        app.MapGet("/agent", (AgentConsoleAssets assets) => assets.Serve("console.html")).WithName("AgentConsole").ExcludeFromDescription();
        app.MapGet("/agent/{file:regex(^[a-z.]+\\.(js|css)$)}", (string file, AgentConsoleAssets assets) => assets.Serve(file))
            .WithName("AgentConsoleAsset").ExcludeFromDescription();

        var api = app.MapGroup("/agent/api").WithTags("Agent console");
        api.MapPost("/login", Login).WithName("AgentLogin").WithSummary("Sign in to the agent console with e-mail and password; sets the console cookie.");
        var console = api.MapGroup("").RequireAuthorization(AgentConsoleRegistration.AgentPolicy);
        console.MapPost("/logout", Logout).WithName("AgentLogout").WithSummary("Sign out of the agent console.");
        console.MapGet("/me", WhoAmI).WithName("AgentMe").WithSummary("The signed-in agent: name and roles.");
        console.MapGet("/queue", ReadQueue).WithName("AgentQueue").WithSummary("Chats waiting for a person, longest first, and chats agents hold now.");
        console.MapGet("/tickets", async (TicketDesk tickets, CancellationToken ct) => TypedResults.Ok((await tickets.OpenTicketsAsync(ct))
                .Select(t => new TicketRow(t.Id, t.ConversationId, t.Email, t.Message, t.OutsideOpeningHours, t.CreatedAt)).ToList()))
            .WithName("AgentTickets").WithSummary("Open tickets: shoppers who asked for a person when no one was available, oldest first.");
        console.MapGet("/canned", (HandoffPhrases phrases) => TypedResults.Ok(phrases.CannedReplies))
            .WithName("AgentCannedReplies").WithSummary("Ready-made replies (title → text) from the handoff data file.");
        console.MapGet("/agents", Agents).WithName("AgentList").WithSummary("Agents a chat can be transferred to.");
        console.MapGet("/handoffs/{id:long}", Detail).WithName("AgentHandoff")
            .WithSummary("A handoff for the agent: summary, transcript, the verified customer and their recent orders.");
        api.MapPost("/agents", AddAgent).RequireAuthorization(AgentConsoleRegistration.AdminPolicy).WithName("AgentCreate")
            .WithSummary("Admins only: create an agent account (password of 12 characters or more); `admin: true` also makes it an admin.");
        app.MapHub<AgentHub>("/agent/hub");
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Login(
        SignIn request, SignInManager<AgentAccount> signIn, AgentSignInLimits limits, ShopperClient client, HttpContext http)
    {
        var email = request.Email?.Trim() ?? "";
        if (!limits.TryAcquire(email, client.Key, out var wait)) return limits.TooMany(http, wait);
        var user = email.Length == 0 ? null : await signIn.UserManager.FindByEmailAsync(email);
        if (user is null || string.IsNullOrEmpty(request.Password))
        {
            // An unknown account costs the same password hash as a known one, so timing does not tell which e-mails exist.
            limits.SpendHash(request.Password);
            return Failed();
        }
        // No account lock-out: anyone could lock the admin out by failing on purpose. Guessing is slowed per client and
        // per (e-mail, client) by AgentSignInLimits instead, which a stranger cannot use against the owner's own client.
        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: false);
        return result.Succeeded ? TypedResults.NoContent() : Failed();
    }

    private static ProblemHttpResult Failed() => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
        detail: "The e-mail or password is wrong. Ask an admin to check your agent account.");

    private static async Task<NoContent> Logout(SignInManager<AgentAccount> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Me>> WhoAmI(HttpContext http, UserManager<AgentAccount> users)
    {
        var me = (await users.GetUserAsync(http.User))!;
        return TypedResults.Ok(new Me(me.Id, me.Email ?? "", me.DisplayName, [.. await users.GetRolesAsync(me)]));
    }

    private static async Task<Ok<Queue>> ReadQueue(TailorDbContext db, CancellationToken ct)
    {
        var active = await db.Handoffs.AsNoTracking().Where(h => h.Status == HandoffStatus.Queued || h.Status == HandoffStatus.WithAgent)
            .OrderBy(h => h.Id).ToListAsync(ct);
        return TypedResults.Ok(new Queue(
            active.Where(h => h.Status == HandoffStatus.Queued).Select(Row).ToList(),
            active.Where(h => h.Status == HandoffStatus.WithAgent).Select(Row).ToList()));
    }

    private static async Task<Ok<List<AgentRow>>> Agents(UserManager<AgentAccount> users)
    {
        var agents = (await users.GetUsersInRoleAsync(AgentRoles.Agent)).Concat(await users.GetUsersInRoleAsync(AgentRoles.Admin))
            .DistinctBy(a => a.Id).OrderBy(a => a.DisplayName).Select(a => new AgentRow(a.Email ?? "", a.DisplayName)).ToList();
        return TypedResults.Ok(agents);
    }

    private static async Task<Results<Ok<HandoffDetail>, ProblemHttpResult>> Detail(
        long id, TailorDbContext db, ChatEngine chats, HandoffDesk desk, CancellationToken ct)
    {
        var handoff = await db.Handoffs.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct);
        if (handoff is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Handoff not found", detail: $"No handoff has id {id}; reload the queue.");
        var customerId = await db.Conversations.Where(c => c.Id == handoff.ConversationId).Select(c => c.CustomerId).FirstAsync(ct);
        var customer = customerId is null ? null : await db.Customers.AsNoTracking().Where(c => c.Id == customerId)
            .Select(c => new { c.FirstName, c.LastName, c.Email }).FirstOrDefaultAsync(ct) is { } found
            // Names are encrypted columns: joined after they are read, not in SQL.
            ? new CustomerView($"{found.FirstName} {found.LastName}".Trim(), found.Email) : null;
        var orders = customerId is null ? [] : (await db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId)
            .OrderByDescending(o => o.PlacedAt).Take(5).ToListAsync(ct))
            .Select(o => new OrderRow(o.Number, StatusNames.Code(o.Status), o.Total, o.Currency, o.PlacedAt)).ToList();
        var transcript = (await chats.TranscriptAsync(handoff.ConversationId, ct))!;
        var notes = (await desk.NotesAsync(handoff.ConversationId, ct)).Select(n => new NoteRow(n.AgentName, n.Text, n.CreatedAt)).ToList();
        return TypedResults.Ok(new HandoffDetail(Row(handoff), SummaryOf(handoff), transcript, customer, orders, notes));
    }

    private static async Task<Results<Created<AgentRow>, ValidationProblem>> AddAgent(NewAgent request, UserManager<AgentAccount> users)
    {
        if (string.IsNullOrWhiteSpace(request.DisplayName))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["displayName"] = ["Give the name shoppers will see, e.g. \"Sam\"."] });
        var email = request.Email?.Trim() ?? "";
        var account = new AgentAccount { UserName = email, Email = email, EmailConfirmed = true, DisplayName = request.DisplayName.Trim() };
        var created = await users.CreateAsync(account, request.Password ?? "");
        if (!created.Succeeded)
            return TypedResults.ValidationProblem(created.Errors.GroupBy(e => e.Code.Contains("Password") ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        await users.AddToRolesAsync(account, request.Admin ? [AgentRoles.Agent, AgentRoles.Admin] : [AgentRoles.Agent]);
        return TypedResults.Created("/agent/api/agents", new AgentRow(email, account.DisplayName));
    }

    private static HandoffRow Row(HandoffRequest h) => new(h.Id, h.ConversationId, h.Status.ToString(), h.Reason.ToString(), h.ReasonDetail,
        h.AgentName, h.RequestedAt, h.ClaimedAt, SummaryOf(h)?.Intent);

    private static HandoffSummary? SummaryOf(HandoffRequest h) => JsonSerializer.Deserialize<HandoffSummary>(h.SummaryJson, ChatEngine.Json);
}
