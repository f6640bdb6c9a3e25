using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tailor.Store.Privacy;

/// <summary>
/// Takes full addresses out of stored JSON (outgoing event payloads, order action details, audit snapshots) once they
/// have served their purpose: every property whose name ends in "address" keeps only its country.
/// </summary>
public static class PersonalDataRedactor
{
    /// <summary>What a redacted address says instead, so a second pass leaves it alone.</summary>
    public const string Marker = "\"redacted\":true";

    /// <summary>The JSON with every address property reduced to <c>{ "country": …, "redacted": true }</c>; other JSON unchanged.</summary>
    public static string RedactAddresses(string json)
    {
        if (string.IsNullOrWhiteSpace(json) || !json.Contains("ddress", StringComparison.OrdinalIgnoreCase)) return json;
        JsonNode? root;
        try { root = JsonNode.Parse(json); }
        catch (JsonException) { return json; }
        return root is not null && Redact(root) ? root.ToJsonString() : json;
    }

    private static bool Redact(JsonNode node)
    {
        var changed = false;
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj.ToList())
            {
                if (value is null) continue;
                if (name.EndsWith("address", StringComparison.OrdinalIgnoreCase) && !IsRedacted(value))
                {
                    obj[name] = Redacted(value);
                    changed = true;
                }
                else changed |= Redact(value);
            }
        }
        else if (node is JsonArray array)
            foreach (var item in array)
                if (item is not null) changed |= Redact(item);
        return changed;
    }

    private static bool IsRedacted(JsonNode value) => value is JsonObject o && o["redacted"] is JsonValue v && v.TryGetValue<bool>(out var flag) && flag;

    private static JsonObject Redacted(JsonNode value)
    {
        var country = value is JsonObject o
            ? o.FirstOrDefault(p => p.Key.Equals("country", StringComparison.OrdinalIgnoreCase)).Value?.DeepClone()
            : null;
        return country is null ? new JsonObject { ["redacted"] = true } : new JsonObject { ["country"] = country, ["redacted"] = true };
    }
}
