using System.Runtime.CompilerServices;
using CsvHelper;

namespace Tailor.Store.Import;

/// <summary>The columns a reader asks for, found in the file's header by name whatever their order, case or BOM.</summary>
internal sealed class TableColumns
{
    private readonly Dictionary<string, int> slotByName;

    public TableColumns(IReadOnlyList<string> wanted, Func<string, int> indexInFile)
    {
        slotByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var indexes = new List<int>();
        foreach (var name in wanted)
        {
            var index = indexInFile(name);
            if (index < 0 || slotByName.ContainsKey(name)) continue;
            slotByName[name] = indexes.Count;
            indexes.Add(index);
        }
        FileIndexes = [.. indexes];
    }

    /// <summary>For each slot, the column's index in the file.</summary>
    public int[] FileIndexes { get; }

    public bool Has(string name) => slotByName.ContainsKey(name);

    public int SlotOf(string name) => slotByName.GetValueOrDefault(name, -1);
}

/// <summary>One data row of a CSV or TSV file: the wanted columns' values, trimmed, null when empty.</summary>
internal sealed record TableRow(int Row, string?[] Values, TableColumns Columns, ImportError? Unreadable = null) : ISourceRecord
{
    public string? this[string column] => Columns.SlotOf(column) is >= 0 and var slot ? Values[slot] : null;
}

/// <summary>
/// Streams a CSV or TSV file row by row with CsvHelper. Only the columns a reader asks for are kept, so a wide
/// export (Shopify's has some fifty columns) costs little per row. Row 1 is the first data row after the header.
/// </summary>
internal static class DelimitedTable
{
    public static async IAsyncEnumerable<TableRow> ReadAsync(Stream input, char separator, IReadOnlyList<string> wanted,
        IReadOnlyList<string> required, string fileKind, [EnumeratorCancellation] CancellationToken ct)
    {
        // A record may not grow past 16 MB: an unclosed quote must not pull a whole file into memory.
        var options = CsvReaderOptions.Default with { Separator = separator, PoolStrings = true, MaxRecordSize = 16 * 1024 * 1024 };
        await using var csv = CsvReader.Create(input, options, leaveOpen: true);
        var broken = await TryAsync(async () => await csv.ReadHeaderAsync(ct), 1);
        if (broken is not null)
        {
            yield return new TableRow(1, [], new TableColumns([], _ => -1), broken);
            yield break;
        }
        var columns = new TableColumns(wanted, name => csv.TryGetFieldIndex(name, out var index) ? index : -1);
        var missing = required.Where(name => !columns.Has(name)).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(n => $"'{n}'"));
            yield return new TableRow(0, [], columns, new ImportError(0, FileProblem.Field,
                $"has no {names} column, so it does not look like {fileKind}; nothing was imported"));
            yield break;
        }

        var row = 0;
        while (true)
        {
            var more = false;
            broken = await TryAsync(async () => more = await csv.ReadAsync(ct), row + 1);
            if (broken is not null)
            {
                yield return new TableRow(row + 1, [], columns, broken);
                yield break;
            }
            if (!more) yield break;
            row = (int)csv.RowNumber;
            var values = new string?[columns.FileIndexes.Length];
            for (var slot = 0; slot < values.Length; slot++)
            {
                var index = columns.FileIndexes[slot];
                values[slot] = index < csv.FieldCount && !csv.IsEmpty(index) ? RowValidator.Clean(csv.GetString(index)) : null;
            }
            yield return new TableRow(row, values, columns);
        }
    }

    // A damaged file (a record beyond the size limit, a stream that fails mid-way) ends the table, keeping what was read.
    private static async Task<ImportError?> TryAsync(Func<Task> read, int row)
    {
        try
        {
            await read();
            return null;
        }
        catch (CsvFormatException ex)
        {
            return FileProblem.Unreadable(row, "could not be read as CSV", ex.Message);
        }
        catch (IOException ex)
        {
            return FileProblem.Unreadable(row, "could not be read", ex.Message);
        }
    }
}
