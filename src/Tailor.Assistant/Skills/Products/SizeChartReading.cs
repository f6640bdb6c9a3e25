using System.Globalization;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Products;

/// <summary>Reads a size chart (rows smallest first) the way a shop assistant would: by body measurement or by a size worn elsewhere.</summary>
internal static class SizeChartReading
{
    private static readonly (BodyMeasure Measure, Func<SizeChartRow, MeasureRange?> Range)[] Measures =
    [
        (BodyMeasure.Chest, r => r.Chest), (BodyMeasure.Waist, r => r.Waist), (BodyMeasure.Hip, r => r.Hip), (BodyMeasure.Foot, r => r.Foot),
        (BodyMeasure.Inseam, r => r.Inseam),
    ];

    public static IReadOnlyList<BodyMeasure> MeasuresOf(IReadOnlyList<SizeChartRow> rows) =>
        Measures.Where(m => rows.Any(r => m.Range(r) is not null)).Select(m => m.Measure).ToList();

    /// <summary>
    /// Each measurement the chart has, placed on its size; the garment must fit the largest of them, so the overall size
    /// is the largest one. On a boundary between two sizes the larger wins, as the size guide advises for a relaxed fit;
    /// <c>Smaller</c> is then the size below, for a shopper who likes a closer fit (also when measurements span two sizes).
    /// </summary>
    public static (IReadOnlyList<MeasurementFit> Placed, string? Size, string? Smaller) Place(IReadOnlyList<SizeChartRow> rows, SizeAdviceRequest request)
    {
        var placed = new List<(MeasurementFit Fit, int Index)>();
        var between = false;
        foreach (var (measure, range) in Measures)
        {
            var value = measure switch
            {
                BodyMeasure.Chest => request.ChestCm,
                BodyMeasure.Waist => request.WaistCm,
                BodyMeasure.Hip => request.HipCm,
                BodyMeasure.Inseam => request.InseamCm,
                _ => request.FootCm,
            };
            var ranges = rows.Select((row, i) => (Index: i, Range: range(row))).Where(r => r.Range is not null).ToList();
            if (value is not { } cm || ranges.Count == 0) continue;

            var (index, within) = ranges.LastOrDefault(r => r.Range!.Contains(cm)) is { Range: not null } holding ? (holding.Index, true)
                : cm < ranges[0].Range!.Min ? (ranges[0].Index, false)
                : cm > ranges[^1].Range!.Max ? (ranges[^1].Index, false)
                : (ranges.First(r => r.Range!.Min > cm).Index, true); // between two sizes' ranges: the larger one
            // Inseam says how long, not which size: it is reported, never allowed to push the size up.
            if (measure == BodyMeasure.Inseam) continue;
            between |= within && (ranges.Count(r => r.Range!.Contains(cm)) > 1 || !ranges.Any(r => r.Range!.Contains(cm)));
            placed.Add((new MeasurementFit(measure, cm, rows[index].Size, within), index));
        }
        if (placed.Count == 0) return ([], null, null);
        var largest = placed.Max(p => p.Index);
        var spans = placed.Min(p => p.Index) < largest;
        var smaller = (between || spans) && largest > 0 ? rows[largest - 1].Size : null;
        return (placed.Select(p => p.Fit).ToList(), rows[largest].Size, smaller);
    }

    /// <summary>
    /// The product's or chart's size for a size worn elsewhere: the same label when the product uses it ("M", "UK 8"),
    /// else the chart row whose UK, EU or US conversion holds it ("12" is an M where M covers UK 10–12). A stated
    /// system ("EU 40") is looked up in that column only; otherwise UK is tried first, as the store sizes in UK.
    /// </summary>
    public static string? FromUsualSize(string usual, IReadOnlyList<SizeChartRow> rows, IReadOnlyList<string> sizes)
    {
        var trimmed = usual.Trim();
        var system = trimmed.Length > 2 && char.IsDigit(trimmed[^1]) ? trimmed[..2].ToUpperInvariant() : "";
        if (system is not ("EU" or "US")) system = "";

        if (system.Length == 0)
        {
            if (sizes.FirstOrDefault(s => VariantMatch.SameSize(trimmed, s)) is { } label) return label;
            if (rows.FirstOrDefault(r => VariantMatch.SameSize(trimmed, r.Size)) is { } row) return row.Size;
        }
        var value = system.Length > 0 ? trimmed[2..].Trim() : trimmed;
        Func<SizeChartRow, string?>[] columns = system switch
        {
            "EU" => [r => r.Eu],
            "US" => [r => r.Us],
            _ => [r => r.Uk, r => r.Eu, r => r.Us],
        };
        foreach (var column in columns)
            if (rows.FirstOrDefault(r => Holds(column(r), value)) is { } row) return row.Size;
        return null;
    }

    // A conversion cell is one label ("38", "W32") or a span ("10-12", "38-40") that holds every size in between.
    private static bool Holds(string? cell, string value)
    {
        if (string.IsNullOrWhiteSpace(cell)) return false;
        if (VariantMatch.SameSize(value, cell)) return true;
        var parts = cell.Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && Number(value) is { } size && Number(parts[0]) is { } from && Number(parts[1]) is { } to
            && size >= from && size <= to;
    }

    private static decimal? Number(string label) =>
        decimal.TryParse(VariantMatch.NormalizeSize(label), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
}
