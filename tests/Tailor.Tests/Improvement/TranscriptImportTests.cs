using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Improvement.Exports;
using Tailor.Domain.Conversations;
using Tailor.Tests.Import;

namespace Tailor.Tests.Improvement;

/// <summary>Importing past chats: a report line by line, bad lines do not stop good ones, a second import skips, text is masked.</summary>
public sealed class TranscriptImportTests
{
    private static readonly HashSet<string> Intents = ["track_order", "search_products"];

    private const string File = """
        {"id":"c-1","started_at":"2026-10-01T10:00:00Z","csat":5,"messages":[{"role":"user","text":"where is my parcel? mail me at jane.doe@example.com","intent":"track_order"},{"role":"assistant","text":"It arrives Friday."}]}
        {"id":"c-2","messages":[{"role":"user","text":"black jeans"}
        {"messages":[{"role":"user","text":"hello"}]}
        {"id":"c-3","messages":[{"role":"user","text":"hi","intent":"make_tea"}]}
        {"id":"c-4","messages":[{"role":"shopper","text":"hi"}]}

        {"id":"c-5","messages":[{"role":"user","text":"red dresses","intent":"search_products"},{"role":"assistant","text":"Here are some."}]}
        """;

    [Fact]
    public async Task Malformed_lines_are_reported_by_number_and_the_good_ones_are_imported_masked_once()
    {
        await using var store = await ImportTestStore.CreateAsync();

        var report = await TranscriptImport.ImportAsync(store.Db, new StringReader(File), Intents, store.Time, CancellationToken.None);

        Assert.Equal((2, 0, 4), (report.Imported, report.Skipped, report.Failed));
        var failed = report.Lines.Where(l => l.Status == "failed").ToDictionary(l => l.Line, l => l.Message);
        Assert.Equal([2, 3, 4, 5], failed.Keys.Order());
        Assert.StartsWith("not a JSON object", failed[2]);
        Assert.Contains("'id' is missing", failed[3]);
        Assert.Contains("unknown intent 'make_tea'", failed[4]);
        Assert.Contains("'role' must be", failed[5]);

        await using var db = store.Open();
        var shopper = await db.ChatMessages.Where(m => m.ConversationId == "import-c-1" && m.Role == ChatRole.User).SingleAsync();
        Assert.DoesNotContain("jane.doe@example.com", shopper.Text);
        Assert.Equal(2, await db.Turns.CountAsync());
        Assert.Equal(["search_products", "track_order"], await db.TurnReviews.Where(r => r.Decision == ReviewDecision.Labelled).Select(r => r.Intent).OrderBy(i => i).ToListAsync());
        Assert.Equal(5, (await db.Feedback.SingleAsync()).Score);

        var again = await TranscriptImport.ImportAsync(store.Db, new StringReader(File), Intents, store.Time, CancellationToken.None);
        Assert.Equal((0, 2, 4), (again.Imported, again.Skipped, again.Failed));
        await using var after = store.Open();
        Assert.Equal(2, await after.Conversations.CountAsync());
    }
}
