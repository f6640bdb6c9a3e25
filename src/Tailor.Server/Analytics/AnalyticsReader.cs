using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Conversations;
using Tailor.Store.Persistence;

namespace Tailor.Server.Analytics;

/// <summary>Loads the facts for a filter: the conversations started in it on the channel, with their turns, ratings, handoffs and bag adds.</summary>
public sealed class AnalyticsReader(TailorDbContext db)
{
    public async Task<AnalyticsFacts> ReadAsync(AnalyticsFilter filter, CancellationToken ct)
    {
        var conversations = Conversations(filter);
        var list = await conversations.Select(c => new ConversationFacts(c.Id, c.Channel, c.CreatedAt)).ToListAsync(ct);
        var rows = await (from t in db.Turns.AsNoTracking() join c in conversations on t.ConversationId equals c.Id select t).ToListAsync(ct);
        var turns = rows.Select(Facts).ToList();

        var csat = await (from f in db.Feedback.AsNoTracking() join c in conversations on f.ConversationId equals c.Id
                          where f.Kind == FeedbackKind.Csat select new FeedbackFacts(f.ConversationId, null, f.Kind, f.Score)).ToListAsync(ct);
        // A thumb rates an assistant message; the turn it belongs to is the one whose shopper message that answer replied to.
        var thumbs = await (from f in db.Feedback.AsNoTracking()
                            join c in conversations on f.ConversationId equals c.Id
                            join m in db.ChatMessages on f.MessageId equals m.Id
                            join t in db.Turns on m.ReplyToId equals t.MessageId
                            where f.Kind == FeedbackKind.Thumb
                            select new FeedbackFacts(f.ConversationId, t.Id, f.Kind, f.Score)).ToListAsync(ct);
        var handoffs = await (from h in db.Handoffs.AsNoTracking() join c in conversations on h.ConversationId equals c.Id
                              select new HandoffFacts(h.ConversationId, h.Reason)).ToListAsync(ct);
        var carts = await (from e in db.ChatEvents.AsNoTracking() join c in conversations on e.ConversationId equals c.Id
                           where e.Kind == ChatEventKind.AddToCart select new CartFacts(e.ConversationId, e.Amount)).ToListAsync(ct);
        return new AnalyticsFacts(list, turns, [.. csat, .. thumbs], handoffs, carts);
    }

    /// <summary>The conversations the filter covers, as a query to join on.</summary>
    public IQueryable<Conversation> Conversations(AnalyticsFilter filter)
    {
        var (start, end) = (filter.Start, filter.End);
        var query = db.Conversations.AsNoTracking().Where(c => c.CreatedAt >= start && c.CreatedAt < end);
        return filter.Channel is { Length: > 0 } channel ? query.Where(c => c.Channel == channel) : query;
    }

    public static TurnFacts Facts(TurnRecord t) => new(
        t.Id, t.ConversationId, t.MaskedText, t.Intent, t.Confidence, t.Command, t.Outcome, t.CatalogHadMatches, t.Sentiment,
        JsonSerializer.Deserialize<Dictionary<string, double>>(t.StageTimingsJson) ?? [], t.TotalMilliseconds, t.CreatedAt);
}
