using System.Numerics.Tensors;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// The catalog's sentence vectors in memory: one contiguous float array, row r holding the vector of product
/// <c>Ids[r]</c>. Searched by brute force: a dot product of 384 floats is about 30 ns with SIMD, so even every
/// product of a 50,000-product catalog costs a millisecond or two, with nothing to build or tune.
/// </summary>
internal sealed class ProductVectors(string model, int dimensions, int[] ids, float[] data)
{
    public static readonly ProductVectors None = new("", 0, [], []);

    private readonly Dictionary<int, int> rowOfId = ids.Select((id, row) => (id, row)).ToDictionary(p => p.id, p => p.row);
    // One object swapped whole, so a search never pairs one snapshot with another's rows.
    private SnapshotRows? rowsOfSnapshot;

    public string Model => model;
    public int Dimensions => dimensions;
    public int Count => ids.Length;

    /// <summary>Total bytes of the vectors.</summary>
    public long Bytes => (long)data.Length * sizeof(float);

    public bool Has(int productId) => rowOfId.ContainsKey(productId);

    /// <summary>The row of each snapshot product (by snapshot index), -1 for a product without a vector yet.</summary>
    public int[] RowsOf(CatalogSnapshot snapshot)
    {
        if (Volatile.Read(ref rowsOfSnapshot) is { } cached && ReferenceEquals(cached.Snapshot, snapshot)) return cached.Rows;
        var rows = new int[snapshot.Products.Length];
        for (var i = 0; i < rows.Length; i++) rows[i] = rowOfId.TryGetValue(snapshot.Products[i].Id, out var row) ? row : -1;
        Volatile.Write(ref rowsOfSnapshot, new SnapshotRows(snapshot, rows));
        return rows;
    }

    /// <summary>A row's unit vector (for products like a given one).</summary>
    public ReadOnlySpan<float> Row(int row) => data.AsSpan(row * dimensions, dimensions);

    /// <summary>Cosine of a row's vector with a unit query vector.</summary>
    public float Cosine(int row, ReadOnlySpan<float> query) => TensorPrimitives.Dot(data.AsSpan(row * dimensions, dimensions), query);

    private sealed record SnapshotRows(CatalogSnapshot Snapshot, int[] Rows);
}
