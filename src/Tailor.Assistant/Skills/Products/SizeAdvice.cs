using Tailor.Assistant.Understanding;
using Tailor.Assistant.Skills.Styling;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Skills.Products;

/// <summary>What the shopper told us: body measurements in centimetres, a size they usually wear, or both.</summary>
/// <param name="UsualSize">A size worn elsewhere: "M", "12", "UK 12", "EU 40", "US 8".</param>
/// <param name="HeightCm">For length: a dress or trouser leg cut for 165 cm sits differently at 155 or 180.</param>
/// <param name="Fit">Which way to go between two sizes: the smaller for a snug fit, else the larger.</param>
public sealed record SizeAdviceRequest(
    decimal? ChestCm = null, decimal? WaistCm = null, decimal? HipCm = null, decimal? FootCm = null, string? UsualSize = null,
    decimal? InseamCm = null, decimal? HeightCm = null, FitPreference Fit = FitPreference.Unstated)
{
    public bool HasMeasurements => ChestCm is not null || WaistCm is not null || HipCm is not null || FootCm is not null;
}

/// <summary>
/// A size recommendation and how it was reached: the size the chart gives, the step reviews suggest, and whether
/// the recommended size is in stock and in which colours.
/// </summary>
/// <param name="Size">The recommended size, as the product labels it; null when no recommendation could be made.</param>
/// <param name="ChartSize">The size from the measurements or the usual size, before the review adjustment.</param>
/// <param name="Measurements">For each measurement used, the size whose range holds it.</param>
/// <param name="ChartMeasures">The measurements this product's chart is drawn up by, for asking the shopper.</param>
/// <param name="Adjustment">What reviews say about the fit and whether it moved the recommendation.</param>
/// <param name="Offered">Whether the product is made in <paramref name="Size"/> at all.</param>
public sealed record SizeAdvice(
    SizeAdviceOutcome Outcome, string? Size, string? ChartSize, SizeAdviceBasis Basis,
    IReadOnlyList<MeasurementFit> Measurements, IReadOnlyList<BodyMeasure> ChartMeasures, FitAdjustment? Adjustment,
    bool Offered, bool InStock, IReadOnlyList<string> ColorsInStock,
    SizeConfidence Confidence = SizeConfidence.Low, string? OtherSize = null, LengthAdvice? Length = null);

/// <summary>
/// How sure the advice is: high from measurements inside the chart, medium from a usual size or between sizes,
/// low beyond the chart or from another brand's size.
/// </summary>
public enum SizeConfidence { Low, Medium, High }

/// <summary>One measurement placed on the chart; <see cref="WithinChart"/> is false when it is beyond the smallest or largest size.</summary>
public sealed record MeasurementFit(BodyMeasure Measure, decimal ValueCm, string Size, bool WithinChart);

/// <summary>
/// The fit reviewers report ("runs small according to 62% of 48 reviews") and the size step it calls for:
/// +1 for one size up, -1 for one down; <see cref="Applied"/> is false when there is no such size.
/// </summary>
public sealed record FitAdjustment(FitFeedback Verdict, int Percent, int Reviews, int Step, bool Applied);

public enum SizeAdviceOutcome
{
    Suggested,
    /// <summary>The product comes in one size only.</summary>
    OneSize,
    /// <summary>Neither measurements nor a usual size were given (or none the chart uses).</summary>
    NeedMeasurements,
    /// <summary>Measurements were given but the product has no size chart.</summary>
    NoChart,
    /// <summary>The usual size matches nothing on the chart or the product.</summary>
    UnknownSize,
}

public enum SizeAdviceBasis { None, Measurements, UsualSize }

public enum BodyMeasure { Chest, Waist, Hip, Foot, Inseam }
