namespace Tailor.Assistant.Understanding;

/// <summary>
/// What the shopper said about their body and sizes, in centimetres and kilograms whatever units they used:
/// "bust 92 cm, waist 74 cm", "5'6", "I'm usually a 10 in Zara", "EU 38", "I like it loose".
/// </summary>
/// <param name="UsualSize">A size worn elsewhere with its system when stated: "10", "EU 38", "M".</param>
/// <param name="UsualBrand">The brand the usual size is worn in, as written.</param>
public sealed record BodyMeasurements
{
    public decimal? ChestCm { get; init; }
    public decimal? WaistCm { get; init; }
    public decimal? HipCm { get; init; }
    public decimal? InseamCm { get; init; }
    public decimal? HeightCm { get; init; }
    public decimal? WeightKg { get; init; }
    public decimal? FootCm { get; init; }
    public string? UsualSize { get; init; }
    public string? UsualBrand { get; init; }
    public FitPreference Fit { get; init; }

    public bool IsEmpty => this == new BodyMeasurements();
}

/// <summary>How the shopper likes clothes to sit; decides which way to go between two sizes.</summary>
public enum FitPreference { Unstated, Snug, Loose }
