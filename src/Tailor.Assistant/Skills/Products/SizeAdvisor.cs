using Tailor.Assistant.Skills.Styling;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Products;

/// <summary>
/// Recommends a size from body measurements against the product's size chart, or from a size the shopper usually
/// wears, then moves it one size when reviews say the product runs small or large, and checks it is in stock.
/// </summary>
public sealed class SizeAdvisor
{
    /// <summary>Below this many reviews a fit verdict is one or two people's opinion, too little to change a size.</summary>
    public const int MinimumReviewsForFit = 5;

    public SizeAdvice Advise(ProductFacts product, SizeAdviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(request);
        var rows = product.SizeChart?.Rows ?? [];
        var chartMeasures = SizeChartReading.MeasuresOf(rows);
        var fit = FitOf(product.Fit);

        if (product.Sizes.Count == 1)
            return Advice(product, SizeAdviceOutcome.OneSize, product.Sizes[0], product.Sizes[0], SizeAdviceBasis.None, [], chartMeasures, fit);

        IReadOnlyList<MeasurementFit> placed = [];
        string? chartSize = null, smaller = null;
        var basis = SizeAdviceBasis.None;
        if (request.HasMeasurements)
        {
            if (rows.Count == 0 && request.UsualSize is null)
                return Empty(SizeAdviceOutcome.NoChart, SizeAdviceBasis.Measurements, chartMeasures, fit);
            (placed, chartSize, smaller) = SizeChartReading.Place(rows, request);
            if (chartSize is not null) basis = SizeAdviceBasis.Measurements;
            // Between two sizes the larger is the default; a shopper who likes a snug fit gets the smaller one.
            if (smaller is not null && request.Fit == FitPreference.Snug) (chartSize, smaller) = (smaller, chartSize);
        }
        if (chartSize is null && request.UsualSize is { } usual && !string.IsNullOrWhiteSpace(usual))
        {
            chartSize = SizeChartReading.FromUsualSize(usual, rows, product.Sizes);
            if (chartSize is null) return Empty(SizeAdviceOutcome.UnknownSize, SizeAdviceBasis.UsualSize, chartMeasures, fit);
            basis = SizeAdviceBasis.UsualSize;
        }
        if (chartSize is null) return Empty(SizeAdviceOutcome.NeedMeasurements, SizeAdviceBasis.None, chartMeasures, fit);

        var (size, adjustment) = Adjust(chartSize, product.Sizes, rows, fit);
        var advice = Advice(product, SizeAdviceOutcome.Suggested, size, chartSize, basis, placed, chartMeasures, adjustment);
        var row = rows.FirstOrDefault(r => VariantMatch.SameSize(size, r.Size));
        return advice with
        {
            Confidence = Confidence(basis, placed, smaller, adjustment),
            OtherSize = smaller is not null && !VariantMatch.SameSize(smaller, size) ? product.Sizes.FirstOrDefault(s => VariantMatch.SameSize(smaller, s)) ?? smaller : null,
            Length = LengthForHeight.Read(product.Category, product.Gender, row, request.HeightCm, request.InseamCm),
        };
    }

    // Measurements inside the chart on one size are as good as a fitting room; a usual size, two candidate sizes or a
    // review adjustment leave room for doubt; a body beyond the chart leaves a lot.
    private static SizeConfidence Confidence(SizeAdviceBasis basis, IReadOnlyList<MeasurementFit> placed, string? other, FitAdjustment? adjustment)
    {
        if (placed.Any(p => !p.WithinChart)) return SizeConfidence.Low;
        if (basis == SizeAdviceBasis.Measurements && other is null && adjustment is not { Applied: true }) return SizeConfidence.High;
        return SizeConfidence.Medium;
    }

    // The step is taken along the sizes the product is made in, so the recommendation is always one it sells.
    private static (string Size, FitAdjustment? Adjustment) Adjust(string chartSize, IReadOnlyList<string> sizes, IReadOnlyList<SizeChartRow> rows,
        FitAdjustment? fit)
    {
        if (fit is not { Step: not 0 } adjustment) return (chartSize, fit);
        var order = sizes.Any(s => VariantMatch.SameSize(chartSize, s)) ? sizes : rows.Select(r => r.Size).ToList();
        var index = order.ToList().FindIndex(s => VariantMatch.SameSize(chartSize, s)) + adjustment.Step;
        return index >= 0 && index < order.Count
            ? (order[index], adjustment with { Applied = true })
            : (chartSize, adjustment);
    }

    /// <summary>The reviewers' verdict and the step it calls for; null without reviews.</summary>
    private static FitAdjustment? FitOf(FitSummary fit)
    {
        if (fit.Reviews == 0) return null;
        var (percent, step) = fit.Verdict switch
        {
            FitFeedback.Small => (fit.PercentSmall, 1),
            FitFeedback.Large => (fit.PercentLarge, -1),
            _ => (fit.PercentTrueToSize, 0),
        };
        return new FitAdjustment(fit.Verdict, percent, fit.Reviews, fit.Reviews >= MinimumReviewsForFit ? step : 0, Applied: false);
    }

    private static SizeAdvice Empty(SizeAdviceOutcome outcome, SizeAdviceBasis basis, IReadOnlyList<BodyMeasure> measures, FitAdjustment? fit) =>
        new(outcome, null, null, basis, [], measures, fit, Offered: false, InStock: false, ColorsInStock: []);

    private static SizeAdvice Advice(ProductFacts product, SizeAdviceOutcome outcome, string size, string chartSize, SizeAdviceBasis basis,
        IReadOnlyList<MeasurementFit> placed, IReadOnlyList<BodyMeasure> measures, FitAdjustment? fit)
    {
        // Report the size the way the product labels it ("UK 8", not the shopper's "8").
        var label = product.Sizes.FirstOrDefault(s => VariantMatch.SameSize(size, s));
        var colors = product.ColorsInStockIn(size);
        return new SizeAdvice(outcome, label ?? size, chartSize, basis, placed, measures, fit, label is not null, colors.Count > 0, colors);
    }
}
