using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Domain.Conversations;
using Tailor.Store.Persistence;
using static Tailor.Tests.Api.ChatStreamReading;

namespace Tailor.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class FeedbackTests(TailorServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    private async Task<List<Feedback>> FeedbackOfAsync(string conversationId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TailorDbContext>().Feedback.AsNoTracking()
            .Where(f => f.ConversationId == conversationId).ToListAsync();
    }

    /// <summary>A conversation with one exchange: the shopper message's id and the answer's id.</summary>
    private async Task<(string Id, long Question, long Answer)> ExchangeAsync()
    {
        var id = await StartAsync(client);
        (await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new { text = "show me jeans" })).EnsureSuccessStatusCode();
        var messages = (await client.GetFromJsonAsync<JsonElement>($"/api/chat/conversations/{id}")).GetProperty("messages").EnumerateArray().ToList();
        var question = messages.Single(m => m.GetProperty("role").GetString() == "user").GetProperty("id").GetInt64();
        return (id, question, messages[^1].GetProperty("id").GetInt64());
    }

    private Task<HttpResponseMessage> ThumbAsync(string id, long messageId, object body) =>
        client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages/{messageId}/feedback", body);

    [Fact]
    public async Task A_second_thumb_on_the_same_answer_replaces_the_first()
    {
        var (id, _, answer) = await ExchangeAsync();
        Assert.Equal(HttpStatusCode.OK, (await ThumbAsync(id, answer, new { score = 1 })).StatusCode);
        var second = await ThumbAsync(id, answer, new { score = -1, comment = "wrong size shown" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        var stored = Assert.Single(await FeedbackOfAsync(id));
        Assert.Equal((FeedbackKind.Thumb, answer, -1, "wrong size shown"), (stored.Kind, stored.MessageId, stored.Score, stored.Comment));
        var view = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(-1, view.GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task Comments_are_stored_with_personal_data_masked()
    {
        var (id, _, answer) = await ExchangeAsync();
        await ThumbAsync(id, answer, new { score = -1, comment = "email me at jane.doe@example.com or call 07700 900123" });
        var comment = Assert.Single(await FeedbackOfAsync(id)).Comment!;
        Assert.DoesNotContain("jane.doe", comment);
        Assert.DoesNotContain("900123", comment);
        Assert.Contains("[email]", comment);
    }

    [Fact]
    public async Task Only_assistant_answers_of_the_conversation_can_be_rated()
    {
        var (id, question, answer) = await ExchangeAsync();
        var (otherId, _, _) = await ExchangeAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await ThumbAsync(id, question, new { score = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ThumbAsync(otherId, answer, new { score = 1 })).StatusCode);
        var unknown = await ThumbAsync("no-such-conversation", answer, new { score = 1 });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await FeedbackOfAsync(id));
        Assert.Empty(await FeedbackOfAsync(otherId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-5)]
    public async Task A_thumb_is_1_or_minus_1(int score)
    {
        var (id, _, answer) = await ExchangeAsync();
        var response = await ThumbAsync(id, answer, new { score });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("score", out _));
    }

    [Fact]
    public async Task The_satisfaction_score_is_one_per_conversation_and_a_new_one_replaces_it()
    {
        var (id, _, _) = await ExchangeAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/chat/conversations/{id}/csat", new { score = 4 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/chat/conversations/{id}/csat", new { score = 2, comment = "slow" })).StatusCode);

        var stored = Assert.Single(await FeedbackOfAsync(id));
        Assert.Equal((FeedbackKind.Csat, (long?)null, 2, "slow"), (stored.Kind, stored.MessageId, stored.Score, stored.Comment));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(null)]
    public async Task The_satisfaction_score_is_from_1_to_5(int? score)
    {
        var (id, _, _) = await ExchangeAsync();
        var response = await client.PostAsJsonAsync($"/api/chat/conversations/{id}/csat", new { score });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await FeedbackOfAsync(id));
    }

    [Fact]
    public async Task Rating_an_unknown_conversation_or_with_an_over_long_comment_is_a_problem()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/chat/conversations/no-such-conversation/csat", new { score = 5 })).StatusCode);
        var (id, _, _) = await ExchangeAsync();
        var tooLong = await client.PostAsJsonAsync($"/api/chat/conversations/{id}/csat", new { score = 5, comment = new string('a', 1001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("comment", out _));
    }
}
