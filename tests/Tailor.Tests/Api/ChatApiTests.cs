using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class ChatApiTests(TailorServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    private async Task<string> StartAsync(object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/chat/conversations", body ?? new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var conversation = await response.Content.ReadFromJsonAsync<JsonElement>();
        return conversation.GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> SendAsync(string id, string text, string? clientMessageId = null)
    {
        var response = await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new { text, clientMessageId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<JsonElement> Parts(JsonElement reply, string type) =>
        reply.GetProperty("messages").EnumerateArray().SelectMany(m => m.GetProperty("parts").EnumerateArray())
            .Where(p => p.GetProperty("type").GetString() == type);

    private static string Text(JsonElement reply) => string.Join(" ", Parts(reply, "text").Select(p => p.GetProperty("text").GetString()));

    [Fact]
    public async Task The_greeting_says_the_shopper_talks_to_an_AI_and_what_it_can_do()
    {
        var response = await client.PostAsJsonAsync("/api/chat/conversations", new { });
        var conversation = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/chat/conversations/{conversation.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        var greeting = Text(conversation);
        Assert.Contains("AI", greeting);
        Assert.Contains("not a person", greeting);
    }

    [Fact]
    public async Task A_search_answers_with_product_cards_that_exist_at_their_real_price()
    {
        var id = await StartAsync();
        var reply = await SendAsync(id, "show me jeans under 80");
        var cards = Parts(reply, "products").SelectMany(p => p.GetProperty("items").EnumerateArray()).ToList();
        Assert.NotEmpty(cards);

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        foreach (var card in cards)
        {
            var handle = card.GetProperty("handle").GetString();
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Handle == handle);
            Assert.Equal("jeans", product.Category);
            var price = card.GetProperty("price").GetDecimal();
            Assert.True(price <= 80);
            Assert.Contains(product.Variants, v => v.Price == price && v.Stock > 0);
        }
    }

    [Fact]
    public async Task A_repeated_client_message_id_returns_the_stored_answer_without_running_the_turn_again()
    {
        var id = await StartAsync();
        var first = await SendAsync(id, "show me black boots", "msg-1");
        var again = await SendAsync(id, "show me black boots", "msg-1");
        Assert.Equal(first.GetRawText(), again.GetRawText());

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        Assert.Equal(1, await db.Turns.CountAsync(t => t.ConversationId == id));
        Assert.Equal(3, await db.ChatMessages.CountAsync(m => m.ConversationId == id));
    }

    [Fact]
    public async Task Personal_data_is_masked_in_the_transcript_and_the_turn_log()
    {
        var id = await StartAsync();
        var reply = await SendAsync(id, "my card is 4111 1111 1111 1111 and my email is jane.doe@example.com");
        Assert.Contains("card", Text(reply), StringComparison.OrdinalIgnoreCase);

        var transcript = await client.GetStringAsync($"/api/chat/conversations/{id}");
        Assert.DoesNotContain("4111 1111", transcript);
        Assert.DoesNotContain("jane.doe@example.com", transcript);
        Assert.Contains("[card]", transcript);

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        var turn = await db.Turns.SingleAsync(t => t.ConversationId == id);
        Assert.DoesNotContain("4111", turn.MaskedText);
        Assert.True(turn.TotalMilliseconds > 0);
        Assert.Contains("understand", turn.StageTimingsJson);
    }

    [Fact]
    public async Task Dialogue_state_is_persisted_so_references_resolve_on_a_later_request()
    {
        var id = await StartAsync();
        var search = await SendAsync(id, "show me dresses");
        var second = Parts(search, "products").First().GetProperty("items")[1].GetProperty("handle").GetString();
        var detail = await SendAsync(id, "tell me about the second one");
        var focused = Parts(detail, "products").First().GetProperty("items")[0].GetProperty("handle").GetString();
        Assert.Equal(second, focused);
    }

    [Fact]
    public async Task Policy_questions_quote_the_store_page_with_a_link()
    {
        var id = await StartAsync();
        var reply = await SendAsync(id, "how long do I have to return something?");
        var citation = Parts(reply, "citation").Single();
        Assert.StartsWith("/pages/", citation.GetProperty("url").GetString());
        Assert.Contains("30", citation.GetProperty("quote").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_messages_are_refused_with_a_clear_problem(string text)
    {
        var id = await StartAsync();
        var response = await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new { text });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Over_long_messages_are_refused_and_say_the_limit()
    {
        var id = await StartAsync();
        var response = await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new { text = new string('a', 2001) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2,000", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(101, "")]
    [InlineData(8, "\u0007")]
    public async Task A_client_message_id_too_long_or_with_control_characters_is_refused_like_on_the_stream(int length, string extra)
    {
        var id = await StartAsync();
        var response = await client.PostAsJsonAsync($"/api/chat/conversations/{id}/messages",
            new { text = "hi", clientMessageId = new string('k', length) + extra });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("clientMessageId", out _));
    }

    [Fact]
    public async Task Unknown_conversations_are_404_problems()
    {
        var send = await client.PostAsJsonAsync("/api/chat/conversations/nope/messages", new { text = "hi" });
        Assert.Equal(HttpStatusCode.NotFound, send.StatusCode);
        Assert.Equal("application/problem+json", send.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/chat/conversations/nope")).StatusCode);
    }

    [Fact]
    public async Task A_product_page_context_makes_it_refer_to_that_product()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        var product = await db.Products.Where(p => p.Category == "coats").OrderBy(p => p.Handle).FirstAsync();

        var id = await StartAsync(new { context = new { page = "product", productHandle = product.Handle } });
        var reply = await SendAsync(id, "what is it made of?");
        Assert.Contains(product.Title, Text(reply));
        Assert.Contains(product.Attributes.Material!, Text(reply));
    }
}
