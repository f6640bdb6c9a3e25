using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// Reads and writes the dialogue state. Version 1 (before the flow stack) kept the active flow and the interrupted
/// ones apart and a yes/no "person offered"; it is migrated on read. A state that cannot be read at all starts afresh,
/// and the caller tells the shopper so.
/// </summary>
public static class DialogueStateJson
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public static string Write(DialogueState state) => JsonSerializer.Serialize(state, Json);

    /// <summary>The stored state, migrated to the current version; <paramref name="reset"/> when it was unreadable.</summary>
    public static DialogueState Read(string json, out bool reset)
    {
        reset = false;
        try
        {
            if (JsonNode.Parse(json) is not JsonObject node) return new DialogueState();
            var version = node["version"]?.GetValue<int>() ?? 1;
            if (version > DialogueState.CurrentVersion) throw new JsonException($"State version {version} is newer than this server knows.");
            var state = node.Deserialize<DialogueState>(Json) ?? new DialogueState();
            if (version < 2) FromVersion1(node, state);
            state.Version = DialogueState.CurrentVersion;
            return state;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            reset = true;
            return new DialogueState();
        }
    }

    public static DialogueState Read(string json) => Read(json, out _);

    private static void FromVersion1(JsonObject node, DialogueState state)
    {
        var interrupted = node["interrupted"]?.Deserialize<List<FlowFrame>>(Json) ?? [];
        var active = node["flow"]?.Deserialize<FlowFrame>(Json);
        state.Stack = [.. interrupted, .. active is null ? Array.Empty<FlowFrame>() : [active]];
        if (node["humanOffered"]?.GetValue<bool>() == true) state.HumanOfferedTurn = state.Turns;
    }
}
