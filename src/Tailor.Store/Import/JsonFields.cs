using System.Text.Json;

namespace Tailor.Store.Import;

/// <summary>
/// The fields of one JSON object read as text, so that JSON values go through the same <see cref="RowValidator"/>
/// checks as CSV cells ("29.99" and 29.99 are the same price). Field names in errors are paths: "variants[2].price".
/// Property names match ignoring case.
/// </summary>
internal readonly struct JsonFields(JsonElement element, string path, RowValidator check)
{
    public string PathOf(string name) => path.Length == 0 ? name : $"{path}.{name}";

    public bool Has(string name) => Find(name) is not null;

    /// <summary>A single value as text: strings as they are, numbers and booleans as written; null when absent or null.</summary>
    public string? Text(string name)
    {
        if (Find(name) is not { } value) return null;
        switch (value.ValueKind)
        {
            case JsonValueKind.String: return value.GetString();
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False: return value.GetRawText();
            default:
                check.Fail(PathOf(name), "must be a single value, not a list or an object");
                return null;
        }
    }

    public JsonFields? Object(string name)
    {
        if (Find(name) is not { } value) return null;
        if (value.ValueKind == JsonValueKind.Object) return new JsonFields(value, PathOf(name), check);
        check.Fail(PathOf(name), "must be an object");
        return null;
    }

    /// <summary>The objects of an array, each with its own path ("lines[0]") and validator (so one bad element can be left out on its own).</summary>
    public IEnumerable<(JsonFields Fields, RowValidator Check)> Objects(string name, bool ownCheck = false)
    {
        if (Find(name) is not { } value) return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            check.Fail(PathOf(name), "must be a list");
            return [];
        }
        var prefix = PathOf(name);
        var list = new List<(JsonFields, RowValidator)>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{prefix}[{index++}]";
            var itemCheck = ownCheck ? new RowValidator(check.Row) : check;
            if (item.ValueKind == JsonValueKind.Object) list.Add((new JsonFields(item, itemPath, itemCheck), itemCheck));
            else check.Fail(itemPath, "must be an object");
        }
        return list;
    }

    /// <summary>A list of words: a JSON array of strings, or one comma-separated string.</summary>
    public IReadOnlyList<string> Texts(string name)
    {
        if (Find(name) is not { } value) return [];
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (value.ValueKind != JsonValueKind.Array)
        {
            check.Fail(PathOf(name), "must be a list of text values");
            return [];
        }
        var texts = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && RowValidator.Clean(item.GetString()) is { } text) texts.Add(text);
            else if (item.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                check.Fail(PathOf(name), "must be a list of text values");
                return [];
            }
        }
        return texts;
    }

    private JsonElement? Find(string name)
    {
        if (element.TryGetProperty(name, out var value)) return value.ValueKind == JsonValueKind.Null ? null : value;
        foreach (var property in element.EnumerateObject())
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
        return null;
    }

    /// <summary>The fields of an array element, or null (with the reason recorded) when it is not an object.</summary>
    public static JsonFields? Root(JsonItem item, RowValidator check, string what)
    {
        if (item.Element.ValueKind == JsonValueKind.Object) return new JsonFields(item.Element, "", check);
        check.Fail(what, "must be an object");
        return null;
    }
}
