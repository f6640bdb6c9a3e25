using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;
using Tailor.Server.Admin;
using Tailor.Store.Persistence;

namespace Tailor.Server.Handoff;

/// <summary>Handoff figures for the store's team: how often shoppers reach a person, why, how fast agents answer and how chats end.</summary>
public static class HandoffMetricsApi
{
    /// <param name="Requests">Every turn that asked for a person, whatever happened next: queued, a ticket offered, or asked again while waiting.</param>
    /// <param name="TicketRequests">Requests made while nobody was online, answered with the ticket form.</param>
    /// <param name="Handoffs">Requests that reached the agents' queue.</param>
    /// <param name="HandoffRate">Share of conversations with at least one request.</param>
    public sealed record HandoffMetrics(
        DateTimeOffset Since, int Conversations, int Requests, int TicketRequests, int Handoffs, double HandoffRate,
        IReadOnlyDictionary<string, int> Reasons, IReadOnlyDictionary<string, int> Outcomes, double? AverageSecondsToFirstReply,
        double? MedianSecondsToFirstReply);

    public static WebApplication MapHandoffMetrics(this WebApplication app)
    {
        app.MapGet("/api/admin/handoff/metrics", Read).RequireAdminApiKey().WithTags("Admin").WithName("GetHandoffMetrics")
            .WithSummary("Handoff rate, reasons, outcomes and time to first agent reply over the last `days` days (default 30).");
        return app;
    }

    private static async Task<Results<Ok<HandoffMetrics>, ValidationProblem>> Read(int? days, TailorDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (days is < 1 or > 366)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = ["days must be between 1 and 366."] });
        var since = time.GetUtcNow().AddDays(-(days ?? 30));
        var conversations = await db.Conversations.CountAsync(c => c.CreatedAt >= since, ct);
        var handoffs = await db.Handoffs.AsNoTracking().Where(h => h.RequestedAt >= since)
            .Select(h => new { h.ConversationId, h.Reason, h.Status, h.RequestedAt, h.FirstAgentReplyAt }).ToListAsync(ct);
        // A request that ended in a ticket, or came again while queued, has no handoff row of its own: the turn log has them all.
        var requests = await db.Turns.AsNoTracking()
            .Where(t => t.CreatedAt >= since && (t.Outcome == TurnOutcome.Handoff || t.Outcome == TurnOutcome.Ticket))
            .Select(t => new { t.ConversationId, t.Outcome }).ToListAsync(ct);
        var asked = requests.Select(r => r.ConversationId).Concat(handoffs.Select(h => h.ConversationId)).Distinct().Count();
        var replies = handoffs.Where(h => h.FirstAgentReplyAt is not null)
            .Select(h => (h.FirstAgentReplyAt!.Value - h.RequestedAt).TotalSeconds).Order().ToList();
        return TypedResults.Ok(new HandoffMetrics(
            since, conversations, requests.Count, requests.Count(r => r.Outcome == TurnOutcome.Ticket), handoffs.Count,
            conversations == 0 ? 0 : Math.Round((double)asked / conversations, 4),
            handoffs.GroupBy(h => h.Reason).ToDictionary(g => g.Key.ToString(), g => g.Count()),
            handoffs.GroupBy(h => h.Status).ToDictionary(g => g.Key.ToString(), g => g.Count()),
            replies.Count == 0 ? null : Math.Round(replies.Average(), 1),
            replies.Count == 0 ? null : replies[replies.Count / 2]));
    }
}
