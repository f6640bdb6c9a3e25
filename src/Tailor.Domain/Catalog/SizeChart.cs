namespace Tailor.Domain.Catalog;

/// <summary>Sizes of one category (optionally one brand) with body ranges, garment measurements and conversions.</summary>
public sealed class SizeChart
{
    public int Id { get; set; }
    public required string Category { get; set; }
    public string? Brand { get; set; }
    public Gender Gender { get; set; }
    public List<SizeChartRow> Rows { get; set; } = [];
}

/// <summary>One size: the body it is cut for (cm), the garment itself (cm) and its names in other systems.</summary>
public sealed class SizeChartRow
{
    public required string Size { get; set; }
    public string? Uk { get; set; }
    public string? Us { get; set; }
    public string? Eu { get; set; }
    public MeasureRange? Chest { get; set; }
    public MeasureRange? Waist { get; set; }
    public MeasureRange? Hip { get; set; }
    public MeasureRange? Inseam { get; set; }
    public MeasureRange? Foot { get; set; }
    public decimal? GarmentLength { get; set; }
    public decimal? GarmentChestWidth { get; set; }
    public decimal? GarmentWaistWidth { get; set; }
}

/// <summary>An inclusive range of a body measurement in centimetres.</summary>
public sealed record MeasureRange(decimal Min, decimal Max)
{
    public bool Contains(decimal value) => value >= Min && value <= Max;
}
