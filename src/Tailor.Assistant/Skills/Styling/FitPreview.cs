using Tailor.Assistant.Skills.Products;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Styling;

/// <summary>How one zone of the garment sits on the shopper in the chosen size.</summary>
public enum ZoneFit { Tight, Right, Loose, Short, Long }

/// <summary>One zone (chest, waist, hips or length): the shopper's measurement, the size's range and how it sits.</summary>
public sealed record FitZone(string Zone, decimal ValueCm, decimal? MinCm, decimal? MaxCm, ZoneFit Fit);

/// <summary>The fit preview of one size: each zone the chart and the measurements both have, and the sizes to compare.</summary>
/// <param name="Advised">The size the advisor would pick from the same measurements (null when it cannot pick one).</param>
public sealed record FitPreview(string Handle, string Size, IReadOnlyList<FitZone> Zones, IReadOnlyList<string> Sizes, string? Advised);

/// <summary>The shopper's body as the fit preview reads it, in centimetres.</summary>
public sealed record FitBody(decimal? ChestCm, decimal? WaistCm, decimal? HipCm, decimal? HeightCm)
{
    public bool IsEmpty => ChestCm is null && WaistCm is null && HipCm is null && HeightCm is null;

    public const decimal CmPerInch = 2.54m;

    /// <summary>The same body measured in inches, in centimetres.</summary>
    public FitBody FromInches() => new(ChestCm * CmPerInch, WaistCm * CmPerInch, HipCm * CmPerInch, HeightCm * CmPerInch);
}

/// <summary>Why no preview could be drawn.</summary>
public enum FitPreviewMiss { None, NoChart, UnknownSize, NoMeasurements }

/// <summary>
/// Marks each zone of a garment tight, right or loose (length short, right or long) for a chosen size, from the same
/// chart rows the size advisor reads: a body measurement above the size's range is tight, below it loose. The browser
/// draws the figure; every mark comes from here.
/// </summary>
public static class FitPreviewer
{
    public static (FitPreview? Preview, FitPreviewMiss Miss) Preview(ProductFacts product, string size, FitBody body)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(body);
        var rows = product.SizeChart?.Rows ?? [];
        // A chart of labels only (a bag's "one size", shoe sizes) says nothing about how a body fills the garment.
        if (rows.All(r => r.Chest is null && r.Waist is null && r.Hip is null)) return (null, FitPreviewMiss.NoChart);
        if (body.IsEmpty) return (null, FitPreviewMiss.NoMeasurements);
        var row = rows.FirstOrDefault(r => VariantMatch.SameSize(size, r.Size))
            ?? (SizeChartReading.FromUsualSize(size, rows, product.Sizes) is { } label ? rows.FirstOrDefault(r => VariantMatch.SameSize(label, r.Size)) : null);
        if (row is null) return (null, FitPreviewMiss.UnknownSize);

        var zones = new List<FitZone>();
        Girth(zones, "chest", body.ChestCm, row.Chest);
        Girth(zones, "waist", body.WaistCm, row.Waist);
        Girth(zones, "hips", body.HipCm, row.Hip);
        if (LengthForHeight.Read(product.Category, product.Gender, row, body.HeightCm, null) is { } length && body.HeightCm is { } height)
            zones.Add(new FitZone("length", height, length.CutForCm - LengthForHeight.Tolerance, length.CutForCm + LengthForHeight.Tolerance, length.Fit switch
            {
                LengthFit.Shorter => ZoneFit.Short,
                LengthFit.Longer => ZoneFit.Long,
                _ => ZoneFit.Right,
            }));
        var advised = new SizeAdvisor().Advise(product, new SizeAdviceRequest(body.ChestCm, body.WaistCm, body.HipCm, null, null, null, body.HeightCm, default));
        var sizes = rows.Select(r => r.Size).ToList();
        return (new FitPreview(product.Handle, row.Size, zones, sizes, advised.Outcome == SizeAdviceOutcome.Suggested ? advised.ChartSize : null), FitPreviewMiss.None);
    }

    private static void Girth(List<FitZone> zones, string zone, decimal? value, MeasureRange? range)
    {
        if (value is not { } cm || range is null) return;
        var fit = cm > range.Max ? ZoneFit.Tight : cm < range.Min ? ZoneFit.Loose : ZoneFit.Right;
        zones.Add(new FitZone(zone, Math.Round(cm, 1), range.Min, range.Max, fit));
    }
}
