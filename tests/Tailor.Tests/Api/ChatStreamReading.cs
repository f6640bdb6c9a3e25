using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;

namespace Tailor.Tests.Api;

/// <summary>One server-sent event as the tests read it: type, id and JSON data.</summary>
public sealed record StreamEvent(string Type, string? Id, JsonElement Data);

/// <summary>Posts to the streaming chat endpoint and reads its events as they arrive.</summary>
public static class ChatStreamReading
{
    public static async Task<HttpResponseMessage> PostStreamAsync(HttpClient client, string conversationId, object body,
        string? lastEventId = null, IDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/chat/conversations/{conversationId}/messages/stream")
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.Add(name, value);
        // Headers first: the body is read while the server is still writing it.
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    public static async IAsyncEnumerable<StreamEvent> EventsOf(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        var parser = SseParser.Create(body, (_, data) => JsonDocument.Parse(data.ToArray()).RootElement.Clone());
        await foreach (var item in parser.EnumerateAsync())
            yield return new StreamEvent(item.EventType, item.EventId, item.Data);
    }

    public static async Task<List<StreamEvent>> ReadAllAsync(HttpResponseMessage response)
    {
        var events = new List<StreamEvent>();
        await foreach (var item in EventsOf(response)) events.Add(item);
        return events;
    }

    public static async Task<List<StreamEvent>> StreamAsync(HttpClient client, string conversationId, object body, string? lastEventId = null)
    {
        using var response = await PostStreamAsync(client, conversationId, body, lastEventId);
        response.EnsureSuccessStatusCode();
        return await ReadAllAsync(response);
    }

    public static async Task<string> StartAsync(HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/chat/conversations", body ?? new { });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
