using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tailor.Store.Import;

/// <summary>One element of the array being imported, or the point where the JSON stopped making sense.</summary>
internal readonly record struct JsonItem(int Row, JsonElement Element, ImportError? Unreadable = null) : ISourceRecord;

/// <summary>
/// Streams the elements of a JSON array without loading the file: either a top-level array or the array property
/// <c>name</c> of a top-level object (<c>{"products": [...]}</c>). Each element is parsed once it is complete in the
/// buffer, so memory holds one element at a time. Row 1 is the first element.
/// </summary>
internal sealed partial class JsonArrayReader(Stream stream, string name)
{
    private enum Stage { Start, InObject, InArray, Done }

    private const int MaxElementBytes = 16 * 1024 * 1024;
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private byte[] buffer = new byte[64 * 1024];
    private int start, end, row;
    private bool final, bomChecked;
    private JsonReaderState state = new(Options);
    private Stage stage = Stage.Start;

    public static IAsyncEnumerable<JsonItem> ReadAsync(Stream stream, string name, CancellationToken ct) =>
        new JsonArrayReader(stream, name).ReadAsync(ct);

    private async IAsyncEnumerable<JsonItem> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var items = new List<JsonElement>();
        while (true)
        {
            string? problem = null;
            try
            {
                if (bomChecked) Parse(items);
                if (stage != Stage.Done && final) problem = "the file ends before the array is closed";
            }
            catch (JsonException ex)
            {
                problem = Position().Replace(ex.Message, "").Trim();
            }
            foreach (var element in items) yield return new JsonItem(++row, element);
            items.Clear();
            if (problem is null && stage != Stage.Done) problem = await FillAsync(ct);
            if (problem is not null)
            {
                yield return new JsonItem(row + 1, default, FileProblem.Unreadable(row + 1, "is not valid JSON", problem));
                yield break;
            }
            if (stage == Stage.Done) yield break;
        }
    }

    /// <summary>Reads every complete token and element in the buffer; stops, rewound to the last whole step, when more bytes are needed.</summary>
    private void Parse(List<JsonElement> items)
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
        while (stage != Stage.Done)
        {
            var consumed = reader.BytesConsumed;
            var before = reader.CurrentState;
            if (!Step(ref reader, items))
            {
                start += (int)consumed;
                state = before;
                return;
            }
        }
        start += (int)reader.BytesConsumed;
    }

    private bool Step(ref Utf8JsonReader reader, List<JsonElement> items)
    {
        if (!reader.Read()) return false;
        switch (stage)
        {
            case Stage.Start when reader.TokenType == JsonTokenType.StartArray:
                stage = Stage.InArray;
                return true;
            case Stage.Start when reader.TokenType == JsonTokenType.StartObject:
                stage = Stage.InObject;
                return true;
            case Stage.Start:
                throw new JsonException($"expected an array of {name}, or an object with a \"{name}\" array");
            case Stage.InObject when reader.TokenType == JsonTokenType.EndObject:
                throw new JsonException($"the object has no \"{name}\" array");
            case Stage.InObject:
                var property = reader.GetString();
                if (!reader.Read()) return false;
                if (!string.Equals(property, name, StringComparison.OrdinalIgnoreCase)) return reader.TrySkip();
                if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"\"{name}\" is not an array");
                stage = Stage.InArray;
                return true;
            case Stage.InArray when reader.TokenType == JsonTokenType.EndArray:
                stage = Stage.Done;
                return true;
            default:
                var probe = reader;
                if (!probe.TrySkip()) return false;
                items.Add(JsonElement.ParseValue(ref reader));
                return true;
        }
    }

    /// <summary>Reads more of the file after what is left in the buffer; the problem, if the file cannot be read further.</summary>
    private async Task<string?> FillAsync(CancellationToken ct)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            // One element larger than the buffer; a hostile file must not grow it without end.
            if (buffer.Length >= MaxElementBytes) return $"one element is larger than {MaxElementBytes / (1024 * 1024)} MB";
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        int read;
        try
        {
            read = await stream.ReadAsync(buffer.AsMemory(end), ct);
        }
        catch (IOException ex)
        {
            return ex.Message;
        }
        if (read == 0) final = true;
        end += read;
        if (!bomChecked && (end >= 3 || final))
        {
            bomChecked = true;
            if (end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) start = 3;
        }
        return null;
    }

    // Positions in Utf8JsonReader messages count from the current buffer, not the file, so they would mislead.
    [GeneratedRegex(@"\s*(Path: .*?)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex Position();
}
