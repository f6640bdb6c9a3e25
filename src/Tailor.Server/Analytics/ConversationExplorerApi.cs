using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Conversations;
using Tailor.Server.Agents;
using Tailor.Store.Persistence;

namespace Tailor.Server.Analytics;

/// <summary>
/// The conversation explorer for admins: masked transcripts found by date, channel, intent, outcome, sentiment, rating
/// or words, and one conversation with each turn's intent, confidence, latency and outcome.
/// </summary>
public static class ConversationExplorerApi
{
    public const int PageSize = 25;
    /// <summary>Average sentiment below minus this is "negative", above it "positive".</summary>
    public const double SentimentBand = 0.2;

    public sealed record ConversationRow(
        string Id, DateTimeOffset CreatedAt, string Channel, int Turns, string FirstMessage, string LastOutcome, double Sentiment, int? Csat, int ThumbsDown);

    public sealed record ConversationPage(int Total, int Page, int PageSize, IReadOnlyList<ConversationRow> Conversations);

    /// <summary>One message; a shopper message carries its turn's understanding and outcome.</summary>
    public sealed record ExplorerMessage(long Id, string Role, string Text, DateTimeOffset At, TurnDetail? Turn, int? Thumb);

    public sealed record TurnDetail(
        string Intent, double Confidence, string Command, string Outcome, bool? CatalogHadMatches, double Sentiment, double Milliseconds,
        IReadOnlyDictionary<string, double> Stages);

    public sealed record ConversationDetail(string Id, DateTimeOffset CreatedAt, string Channel, string Status, int? Csat, IReadOnlyList<ExplorerMessage> Messages);

    public static void MapConversationExplorer(this WebApplication app)
    {
        var admin = app.MapGroup("/agent/api/explorer").WithTags("Analytics").RequireAuthorization(AgentConsoleRegistration.AdminPolicy);
        admin.MapGet("/conversations", Search).WithName("ExplorerConversations")
            .WithSummary("Admins: conversations newest first, filtered by `from`/`to` days, `channel`, `intent`, `outcome`, `sentiment` (negative, neutral, positive), `rating` (thumbs_down, thumbs_up, csat_low, csat_high) and words `q` in the masked shopper text; `page` from 1.");
        admin.MapGet("/conversations/{id:maxlength(64)}", Detail).WithName("ExplorerConversation")
            .WithSummary("Admins: one masked transcript with each turn's intent, confidence, latency per stage and outcome.");
    }

    private static async Task<Results<Ok<ConversationPage>, ValidationProblem>> Search(
        DateOnly? from, DateOnly? to, string? channel, string? intent, string? outcome, string? sentiment, string? rating, string? q, int? page,
        AnalyticsReader reader, TailorDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (!AnalyticsApi.TryFilter(from, to, channel, time, out var filter, out var problem)) return problem!;
        var errors = new Dictionary<string, string[]>();
        TurnOutcome? wanted = null;
        if (outcome is { Length: > 0 })
        {
            if (Enum.TryParse<TurnOutcome>(outcome.Replace("_", ""), ignoreCase: true, out var parsed)) wanted = parsed;
            else errors["outcome"] = [$"outcome must be one of {string.Join(", ", Enum.GetNames<TurnOutcome>())}."];
        }
        if (sentiment is { Length: > 0 } and not ("negative" or "neutral" or "positive")) errors["sentiment"] = ["sentiment must be negative, neutral or positive."];
        if (rating is { Length: > 0 } and not ("thumbs_down" or "thumbs_up" or "csat_low" or "csat_high"))
            errors["rating"] = ["rating must be thumbs_down, thumbs_up, csat_low or csat_high."];
        if (page is < 1) errors["page"] = ["page starts at 1."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The search can't be read.");

        var query = reader.Conversations(filter).Where(c => db.Turns.Any(t => t.ConversationId == c.Id));
        if (intent is { Length: > 0 }) query = query.Where(c => db.Turns.Any(t => t.ConversationId == c.Id && t.Intent == intent));
        if (wanted is { } o) query = query.Where(c => db.Turns.Any(t => t.ConversationId == c.Id && t.Outcome == o));
        if (q is { Length: > 0 }) query = query.Where(c => db.Turns.Any(t => t.ConversationId == c.Id && t.MaskedText.Contains(q)));
        query = sentiment switch
        {
            "negative" => query.Where(c => db.Turns.Where(t => t.ConversationId == c.Id).Average(t => t.Sentiment) < -SentimentBand),
            "positive" => query.Where(c => db.Turns.Where(t => t.ConversationId == c.Id).Average(t => t.Sentiment) > SentimentBand),
            "neutral" => query.Where(c => Math.Abs(db.Turns.Where(t => t.ConversationId == c.Id).Average(t => t.Sentiment)) <= SentimentBand),
            _ => query,
        };
        query = rating switch
        {
            "thumbs_down" => query.Where(c => db.Feedback.Any(f => f.ConversationId == c.Id && f.Kind == FeedbackKind.Thumb && f.Score < 0)),
            "thumbs_up" => query.Where(c => db.Feedback.Any(f => f.ConversationId == c.Id && f.Kind == FeedbackKind.Thumb && f.Score > 0)),
            "csat_low" => query.Where(c => db.Feedback.Any(f => f.ConversationId == c.Id && f.Kind == FeedbackKind.Csat && f.Score <= 2)),
            "csat_high" => query.Where(c => db.Feedback.Any(f => f.ConversationId == c.Id && f.Kind == FeedbackKind.Csat && f.Score >= 4)),
            _ => query,
        };

        var number = page ?? 1;
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Skip((number - 1) * PageSize).Take(PageSize)
            .Select(c => new
            {
                c.Id, c.CreatedAt, c.Channel,
                Turns = db.Turns.Count(t => t.ConversationId == c.Id),
                First = db.Turns.Where(t => t.ConversationId == c.Id).OrderBy(t => t.Id).Select(t => t.MaskedText).FirstOrDefault(),
                Last = db.Turns.Where(t => t.ConversationId == c.Id).OrderByDescending(t => t.Id).Select(t => (TurnOutcome?)t.Outcome).FirstOrDefault(),
                Sentiment = db.Turns.Where(t => t.ConversationId == c.Id).Average(t => (double?)t.Sentiment),
                Csat = db.Feedback.Where(f => f.ConversationId == c.Id && f.Kind == FeedbackKind.Csat).Select(f => (int?)f.Score).FirstOrDefault(),
                Down = db.Feedback.Count(f => f.ConversationId == c.Id && f.Kind == FeedbackKind.Thumb && f.Score < 0),
            }).ToListAsync(ct);
        return TypedResults.Ok(new ConversationPage(total, number, PageSize, rows.Select(r => new ConversationRow(
            r.Id, r.CreatedAt, r.Channel, r.Turns, r.First ?? "", r.Last?.ToString() ?? "", Math.Round(r.Sentiment ?? 0, 2), r.Csat, r.Down)).ToList()));
    }

    private static async Task<Results<Ok<ConversationDetail>, NotFound>> Detail(string id, TailorDbContext db, CancellationToken ct)
    {
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (conversation is null) return TypedResults.NotFound();
        var messages = await db.ChatMessages.AsNoTracking().Where(m => m.ConversationId == id).OrderBy(m => m.Id).ToListAsync(ct);
        var turns = (await db.Turns.AsNoTracking().Where(t => t.ConversationId == id).ToListAsync(ct)).ToDictionary(t => t.MessageId);
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.ConversationId == id).ToListAsync(ct);
        var thumbs = feedback.Where(f => f.Kind == FeedbackKind.Thumb && f.MessageId is not null).ToDictionary(f => f.MessageId!.Value, f => f.Score);
        return TypedResults.Ok(new ConversationDetail(conversation.Id, conversation.CreatedAt, conversation.Channel, conversation.Status.ToString(),
            feedback.FirstOrDefault(f => f.Kind == FeedbackKind.Csat)?.Score,
            messages.Select(m => new ExplorerMessage(m.Id, m.Role.ToString().ToLowerInvariant(), m.Text, m.CreatedAt,
                turns.TryGetValue(m.Id, out var t) ? Describe(t) : null, thumbs.TryGetValue(m.Id, out var thumb) ? thumb : null)).ToList()));
    }

    private static TurnDetail Describe(TurnRecord turn)
    {
        var facts = AnalyticsReader.Facts(turn);
        return new TurnDetail(turn.Intent, Math.Round(turn.Confidence, 3), turn.Command, turn.Outcome.ToString(), turn.CatalogHadMatches,
            turn.Sentiment, Math.Round(turn.TotalMilliseconds, 2), facts.Stages);
    }
}
