using System.Text.Json;
using System.Text.RegularExpressions;
using Tailor.Assistant.Improvement.Exports;
using Tailor.Domain.Conversations;
using Tailor.Domain.Handoff;
using Tailor.Tests.Import;

namespace Tailor.Tests.Improvement;

/// <summary>
/// The fine-tuning export writes only good conversations (resolved, never rated down, never handed over), every line
/// valid chat JSONL, with no e-mail address, phone number or card number left in it.
/// </summary>
public sealed partial class FineTuneExportTests
{
    private const string System = "You are the store's shopping assistant.";

    [Fact]
    public async Task Only_resolved_conversations_without_thumbs_down_or_handoff_are_written_and_every_line_is_valid_and_scrubbed()
    {
        await using var store = await ImportTestStore.CreateAsync();
        var db = store.Db;
        var at = ImportTestStore.Now;
        // Stored text is normally masked already; these rows were not (an old import), so the export must mask them itself.
        Conversation(db, "good", at, "my email is jane.doe@example.com and my phone 07700 900123, paid with 4111 1111 1111 1111; where is order 1042?",
            "Your order is on its way and arrives Friday.", TurnOutcome.OrderTracked);
        Conversation(db, "good-2", at, "black jeans in 32", "Here are three black jeans in 32.", TurnOutcome.AnsweredWithProducts);
        var down = Conversation(db, "rated-down", at, "returns policy?", "You can return within 30 days.", TurnOutcome.AnsweredPolicy);
        Conversation(db, "handed-over", at, "I want a person", "I'm getting someone for you.", TurnOutcome.Handoff);
        Conversation(db, "fell-back", at, "blorp", "Sorry, I didn't catch that.", TurnOutcome.Fallback);
        await db.SaveChangesAsync();
        db.Feedback.Add(new Feedback { ConversationId = "rated-down", MessageId = down, Kind = FeedbackKind.Thumb, Score = -1, CreatedAt = at });
        db.Handoffs.Add(new HandoffRequest { ConversationId = "good-2", RequestedAt = at });
        await db.SaveChangesAsync();

        var output = new StringWriter();
        var report = await FineTuneExport.WriteAsync(db, System, output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new FineTuneReport(5, 1, 1, 1, 2, 0), report);
        Assert.Single(lines);
        foreach (var line in lines)
        {
            Assert.Null(FineTuneLine.Problem(line));
            var example = JsonSerializer.Deserialize<FineTuneExample>(line)!;
            Assert.Equal(["system", "user", "assistant"], example.Messages.Select(m => m.Role));
            Assert.DoesNotMatch(Email(), line);
            Assert.DoesNotContain("07700", line);
            Assert.DoesNotContain("4111", line);
            Assert.Contains("where is order", line);
        }
    }

    [Theory]
    [InlineData("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "the last message is not the assistant's")]
    [InlineData("{\"messages\":[{\"role\":\"robot\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"hello\"}]}", "unknown role")]
    [InlineData("{\"messages\":[{\"role\":\"user\",\"content\":\"mail me at a.b@example.com\"},{\"role\":\"assistant\",\"content\":\"ok\"}]}", "personal data left")]
    [InlineData("not json", "not JSON")]
    public void A_line_with_the_wrong_shape_or_personal_data_is_refused(string line, string problem) =>
        Assert.Contains(problem, FineTuneLine.Problem(line));

    private static long Conversation(Tailor.Store.Persistence.TailorDbContext db, string id, DateTimeOffset at, string shopper, string answer, TurnOutcome outcome)
    {
        db.Conversations.Add(new Conversation { Id = id, CreatedAt = at, UpdatedAt = at });
        var user = new ChatMessage { ConversationId = id, Role = ChatRole.User, Text = shopper, CreatedAt = at };
        var reply = new ChatMessage { ConversationId = id, Role = ChatRole.Assistant, Text = answer, CreatedAt = at };
        db.ChatMessages.AddRange(user, reply);
        db.SaveChanges();
        db.Turns.Add(new TurnRecord { ConversationId = id, MessageId = user.Id, MaskedText = shopper, Outcome = outcome, CreatedAt = at });
        return reply.Id;
    }

    [GeneratedRegex(@"[\w.]+@[\w.]+\.\w+")]
    private static partial Regex Email();
}
