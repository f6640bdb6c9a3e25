using System.Collections.Concurrent;

namespace Tailor.Assistant.Handoff;

/// <summary>Which agents have the console open (one entry per live connection), so a shopper is never queued for nobody.</summary>
public sealed class AgentPresence
{
    private readonly ConcurrentDictionary<string, string> connections = new();

    public void Arrived(string connectionId, string agentId) => connections[connectionId] = agentId;

    public void Left(string connectionId) => connections.TryRemove(connectionId, out _);

    public bool AnyOnline => !connections.IsEmpty;
}
