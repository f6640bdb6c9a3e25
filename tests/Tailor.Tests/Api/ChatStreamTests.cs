using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Conversations;
using Tailor.Domain.Conversations;
using Tailor.Store.Persistence;
using static Tailor.Tests.Api.ChatStreamReading;

namespace Tailor.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class ChatStreamTests(TailorServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    private async Task<T> WithDbAsync<T>(Func<TailorDbContext, Task<T>> read)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TailorDbContext>());
    }

    [Fact]
    public async Task A_streamed_answer_starts_then_streams_the_stored_message_part_by_part_then_ends()
    {
        var id = await StartAsync(client);
        using var response = await PostStreamAsync(client, id, new { text = "show me dresses", clientMessageId = "order-1" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = await ReadAllAsync(response);

        Assert.Equal("message.start", events[0].Type);
        Assert.Equal("message.end", events[^1].Type);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(seq => $"order-1:{seq}"), events.Select(e => e.Id));
        var deltas = events.Where(e => e.Type == "text.delta").Select(e => e.Data.GetProperty("text").GetString()!).ToList();
        Assert.True(deltas.Count > 3);
        Assert.All(deltas, d => Assert.DoesNotMatch(@"\S\s+\S", d));
        Assert.Contains(events, e => e.Type == "part" && e.Data.GetProperty("part").GetProperty("type").GetString() == "products");

        // Put back together, the events are the stored answer: its text parts word by word, its other parts whole, in order.
        var transcript = await client.GetFromJsonAsync<JsonElement>($"/api/chat/conversations/{id}");
        var answer = transcript.GetProperty("messages").EnumerateArray().Last();
        var rebuilt = new List<string>();
        foreach (var e in events.Skip(1).SkipLast(1))
        {
            Assert.Equal(answer.GetProperty("id").GetInt64(), e.Data.GetProperty("messageId").GetInt64());
            if (e.Type == "part") rebuilt.Add(e.Data.GetProperty("part").GetRawText());
            else if (rebuilt.Count > 0 && rebuilt[^1].StartsWith("text:", StringComparison.Ordinal)) rebuilt[^1] += e.Data.GetProperty("text").GetString();
            else rebuilt.Add("text:" + e.Data.GetProperty("text").GetString());
        }
        var stored = answer.GetProperty("parts").EnumerateArray()
            .Select(p => p.GetProperty("type").GetString() == "text" ? "text:" + p.GetProperty("text").GetString() : p.GetRawText());
        Assert.Equal(stored, rebuilt);
        Assert.Equal(answer.GetProperty("id").GetInt64(), Assert.Single(events[^1].Data.GetProperty("messageIds").EnumerateArray()).GetInt64());
    }

    [Fact]
    public async Task The_first_event_goes_out_before_the_turn_runs()
    {
        var id = await StartAsync(client);
        var locks = server.Services.GetRequiredService<ConversationLocks>();
        List<StreamEvent> rest;
        var turnLock = await locks.AcquireAsync(id, CancellationToken.None);
        using (turnLock)
        {
            using var response = await PostStreamAsync(client, id, new { text = "black jeans", clientMessageId = "early-1" });
            await using var events = EventsOf(response).GetAsyncEnumerator();
            // The engine waits for the conversation's lock, held here: only an event flushed before the turn can arrive.
            var first = events.MoveNextAsync().AsTask();
            Assert.Same(first, await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(20))));
            Assert.True(await first);
            Assert.Equal("message.start", events.Current.Type);
            Assert.Equal(id, events.Current.Data.GetProperty("conversationId").GetString());
            Assert.Equal(0, await WithDbAsync(db => db.Turns.CountAsync(t => t.ConversationId == id)));

            turnLock.Dispose();
            rest = [];
            while (await events.MoveNextAsync()) rest.Add(events.Current);
        }
        Assert.Contains(rest, e => e.Type == "text.delta");
        Assert.Equal("message.end", rest[^1].Type);
        Assert.Equal(1, await WithDbAsync(db => db.Turns.CountAsync(t => t.ConversationId == id)));
    }

    [Fact]
    public async Task A_reconnect_with_Last_Event_ID_gets_only_the_missed_events()
    {
        var id = await StartAsync(client);
        var body = new { text = "how long do I have to return something?", clientMessageId = "resume-1" };
        var all = await StreamAsync(client, id, body);
        Assert.True(all.Count > 6);

        var dropAfter = all.Count / 2;
        var resumed = await StreamAsync(client, id, body, lastEventId: all[dropAfter - 1].Id);

        Assert.Equal(all.Skip(dropAfter).Select(e => (e.Type, e.Id, e.Data.GetRawText())), resumed.Select(e => (e.Type, e.Id, e.Data.GetRawText())));
        Assert.Equal(1, await WithDbAsync(db => db.Turns.CountAsync(t => t.ConversationId == id)));
    }

    [Fact]
    public async Task Sending_the_same_client_message_id_twice_runs_the_turn_once()
    {
        var id = await StartAsync(client);
        var body = new { text = "show me black boots", clientMessageId = "twice-1" };
        var first = await StreamAsync(client, id, body);
        var again = await StreamAsync(client, id, body);

        Assert.Equal(first.Select(e => (e.Type, e.Id, e.Data.GetRawText())), again.Select(e => (e.Type, e.Id, e.Data.GetRawText())));
        Assert.Equal(1, await WithDbAsync(db => db.Turns.CountAsync(t => t.ConversationId == id)));
        Assert.Equal(3, await WithDbAsync(db => db.ChatMessages.CountAsync(m => m.ConversationId == id)));
    }

    [Fact]
    public async Task A_message_without_a_client_message_id_gets_one_it_can_resume_with()
    {
        var id = await StartAsync(client);
        var events = await StreamAsync(client, id, new { text = "linen shirts" });
        var given = events[0].Data.GetProperty("clientMessageId").GetString();
        Assert.False(string.IsNullOrEmpty(given));
        Assert.All(events, e => Assert.StartsWith($"{given}:", e.Id));

        var resumed = await StreamAsync(client, id, new { text = "linen shirts", clientMessageId = given }, lastEventId: events[^2].Id);
        Assert.Equal("message.end", Assert.Single(resumed).Type);
    }

    [Fact]
    public async Task An_unknown_conversation_is_a_404_problem_before_any_event()
    {
        using var response = await PostStreamAsync(client, "no-such-conversation", new { text = "hi" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task An_empty_message_is_a_400_problem_before_any_event(string text)
    {
        var id = await StartAsync(client);
        using var response = await PostStreamAsync(client, id, new { text });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(0, await WithDbAsync(db => db.ChatMessages.CountAsync(m => m.ConversationId == id && m.Role == ChatRole.User)));
    }

    [Fact]
    public async Task A_client_message_id_that_cannot_be_an_event_id_is_a_400_problem()
    {
        var id = await StartAsync(client);
        using var response = await PostStreamAsync(client, id, new { text = "hi", clientMessageId = "line\nbreak" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("clientMessageId", out _));
    }

    [Fact]
    public async Task A_conversation_deleted_while_its_turn_waits_ends_the_stream_with_an_error_event()
    {
        var id = await StartAsync(client);
        var locks = server.Services.GetRequiredService<ConversationLocks>();
        var turnLock = await locks.AcquireAsync(id, CancellationToken.None);
        using var response = await PostStreamAsync(client, id, new { text = "show me coats", clientMessageId = "gone-1" });
        await using var events = EventsOf(response).GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("message.start", events.Current.Type);

        await WithDbAsync(db => db.Conversations.Where(c => c.Id == id).ExecuteDeleteAsync());
        turnLock.Dispose();
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("error", events.Current.Type);
        Assert.Null(events.Current.Id);
        Assert.False(events.Current.Data.GetProperty("retryable").GetBoolean());
        Assert.False(await events.MoveNextAsync());
    }

    [Fact]
    public async Task The_page_sent_with_a_message_makes_it_refer_to_the_product_on_that_page()
    {
        var (first, second) = await WithDbAsync(async db =>
        {
            var coats = (await db.Products.Where(p => p.Category == "coats").OrderBy(p => p.Handle).ToListAsync())
                .Where(p => p.Attributes.Material is not null).ToList();
            return (coats[0], coats[1]);
        });
        var id = await StartAsync(client, new { context = new { page = "product", productHandle = first.Handle } });

        // The shopper moved to the second coat's page: "it" is now that coat, in the JSON and the streaming send alike.
        var events = await StreamAsync(client, id, new
        {
            text = "what is it made of?", clientMessageId = "page-1", context = new { page = "product", productHandle = second.Handle },
        });
        var text = string.Concat(events.Where(e => e.Type == "text.delta").Select(e => e.Data.GetProperty("text").GetString()));
        Assert.Contains(second.Title, text);
        Assert.Contains(second.Attributes.Material!, text);

        var reply = await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new
        {
            text = "what is it made of?", context = new { page = "product", productHandle = first.Handle },
        });
        Assert.Contains(first.Title, await reply.Content.ReadAsStringAsync());
    }
}
