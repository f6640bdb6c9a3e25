using System.ComponentModel;

namespace Tailor.Assistant.Llm;

/// <summary>
/// What the model returns when it understands a message (the JSON schema of its structured output): an intent of the
/// embedded model's set and the entities it read. Tailor validates every field before it becomes a command.
/// </summary>
public sealed record ModelReading
{
    [Description("One of the listed intents")]
    public string Intent { get; init; } = "";

    [Description("Product category from the vocabulary")]
    public string? Category { get; init; }

    [Description("women, men or kids")]
    public string? Gender { get; init; }

    public IReadOnlyList<string>? Colors { get; init; }
    public IReadOnlyList<string>? ExcludedColors { get; init; }

    [Description("Size label from the vocabulary")]
    public string? Size { get; init; }

    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }
    public IReadOnlyList<string>? Materials { get; init; }
    public IReadOnlyList<string>? Occasions { get; init; }

    [Description("Other words worth searching for")]
    public IReadOnlyList<string>? Terms { get; init; }

    [Description("1-based position among the products on screen; -1 for the last")]
    public int? Position { get; init; }

    [Description("What a product question is about: material, care, fit, sizes, colors, stock, delivery, reviews, measurements, price, description")]
    public string? Aspect { get; init; }

    [Description("cheaper or more_expensive, for a refinement by price")]
    public string? PriceDirection { get; init; }
}
