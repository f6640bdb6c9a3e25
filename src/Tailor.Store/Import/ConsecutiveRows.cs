using System.Runtime.CompilerServices;

namespace Tailor.Store.Import;

/// <summary>Rows in a row that share a key: the rows of one Shopify handle, the items of one Merchant item group.</summary>
internal sealed record RowGroup<T>(IReadOnlyList<T> Rows, ImportError? Unreadable);

/// <summary>
/// Groups consecutive rows by key while streaming, so a product is complete before it is built without holding the
/// file. A row with an empty key stands alone, and when the source breaks the group read so far still comes out.
/// </summary>
internal static class ConsecutiveRows
{
    public static async IAsyncEnumerable<RowGroup<T>> GroupAsync<T>(
        IAsyncEnumerable<T> rows, Func<T, string> keyOf, [EnumeratorCancellation] CancellationToken ct) where T : ISourceRecord
    {
        List<T> group = [];
        var key = "";
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (row.Unreadable is { } broken)
            {
                yield return new RowGroup<T>(group, broken);
                yield break;
            }
            var rowKey = keyOf(row);
            if (group.Count > 0 && (rowKey.Length == 0 || rowKey != key))
            {
                yield return new RowGroup<T>(group, null);
                group = [];
            }
            group.Add(row);
            key = rowKey;
        }
        if (group.Count > 0) yield return new RowGroup<T>(group, null);
    }
}
