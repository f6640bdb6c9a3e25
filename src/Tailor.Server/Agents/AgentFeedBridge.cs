using Microsoft.AspNetCore.SignalR;
using Tailor.Assistant.Handoff;

namespace Tailor.Server.Agents;

/// <summary>Forwards the conversation feed to the agent consoles: queue changes to everyone, a chat's events to those watching it.</summary>
public sealed class AgentFeedBridge(ConversationFeed feed, IHubContext<AgentHub> hub, ILogger<AgentFeedBridge> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in feed.FollowAsync(null, 0, stoppingToken))
            {
                try
                {
                    if (item.Type == HandoffEvents.QueueChanged) await hub.Clients.All.SendAsync(AgentHub.QueueChanged, stoppingToken);
                    else await hub.Clients.Group(AgentHub.GroupOf(item.ConversationId)).SendAsync(AgentHub.ConversationEvent,
                        new { item.Sequence, item.ConversationId, item.Type, item.Data }, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // One failed delivery must not stop the relay for every other chat.
                    logger.LogWarning(error, "Could not forward {Type} of conversation {ConversationId} to agents", item.Type, item.ConversationId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
