using System.Net;

namespace Tailor.Tests.Api;

/// <summary>The hub's client method names, as the console subscribes to them.</summary>
internal static class AgentHubNames
{
    public const string QueueChanged = Tailor.Server.Agents.AgentHub.QueueChanged;
    public const string ConversationEvent = Tailor.Server.Agents.AgentHub.ConversationEvent;
}

/// <summary>A shopper's open event stream (<c>GET /api/chat/conversations/{id}/events</c>), read one event at a time.</summary>
internal sealed class ShopperEvents : IDisposable
{
    private readonly HttpResponseMessage response;
    private readonly IAsyncEnumerator<StreamEvent> events;

    private ShopperEvents(HttpResponseMessage response)
    {
        this.response = response;
        events = ChatStreamReading.EventsOf(response).GetAsyncEnumerator();
    }

    public static async Task<ShopperEvents> OpenAsync(HttpClient client, string conversationId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/chat/conversations/{conversationId}/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new ShopperEvents(response);
    }

    public async Task<StreamEvent> NextAsync()
    {
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15)), "The event stream ended.");
        return events.Current;
    }

    public void Dispose() => response.Dispose();
}
