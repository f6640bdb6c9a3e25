namespace Tailor.Assistant.Understanding;

/// <summary>Everything the entity recognizer found in one message.</summary>
public sealed record RecognizedEntities
{
    public static readonly RecognizedEntities None = new();

    /// <summary>Product filters stated in this message (category, colours, sizes, prices, negations, sort…).</summary>
    public SearchConstraints Constraints { get; init; } = new();
    /// <summary>"the second one" → 2, "the last one" → -1.</summary>
    public int? Ordinal { get; init; }
    /// <summary>Two ordinals for comparisons: "compare 1 and 3".</summary>
    public IReadOnlyList<int> Ordinals { get; init; } = [];
    /// <summary>"the red one": a product of the last results picked by colour.</summary>
    public string? ReferencedColor { get; init; }
    /// <summary>"it", "this", "that one": the focused product.</summary>
    public bool RefersToFocus { get; init; }
    /// <summary>"the other one": of two products talked about, the one not in focus.</summary>
    public bool RefersToOther { get; init; }
    /// <summary>A product named by its title or brand and type ("the Thea Linen Midi Dress").</summary>
    public Entities.NamedProduct? NamedProduct { get; init; }
    public string? OrderNumber { get; init; }
    /// <summary>"the most recent one", "the delivered one": one of a list of orders, picked without its number.</summary>
    public OrderPick? OrderPick { get; init; }
    public string? ReturnNumber { get; init; }
    public string? PromoCode { get; init; }
    public ProductAspect? Aspect { get; init; }
    /// <summary>"has a hole", "zip broke", "wrong item": a fault with something the shopper received.</summary>
    public string? Defect { get; init; }
    /// <summary>"cheaper", "more expensive".</summary>
    public PriceDirection? PriceDirection { get; init; }
    /// <summary>Body measurements, a usual size and a fit preference ("bust 92 cm", "5'6", "usually a 10").</summary>
    public BodyMeasurements? Measurements { get; init; }
    /// <summary>The occasion a stylist dresses for, a key of <c>training/style/occasions.yaml</c> ("beach wedding", "funeral").</summary>
    public string? StyleOccasion { get; init; }
    /// <summary>A body shape the shopper named, a key of <c>training/style/body_shapes.yaml</c>.</summary>
    public string? BodyShape { get; init; }
    /// <summary>Construction details asked about ("lined", "pockets", "see-through"), keys of <c>training/product_features.yaml</c>.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];
    /// <summary>A clause of the message is a question ("is it lined", "…?"), not a wish said to the list ("any with pockets").</summary>
    public bool AsksQuestion { get; init; }
    /// <summary>What was found where, for the turn log and tests.</summary>
    public IReadOnlyList<EntitySpan> Spans { get; init; } = [];

    public bool HasProductFilters => !Constraints.IsEmpty;
}

/// <summary>One recognized value: its kind ("color", "category"…), canonical value and the words it came from.</summary>
public sealed record EntitySpan(string Kind, string Value, string Text, bool Negated = false);

/// <summary>What a product question is about.</summary>
public enum ProductAspect { Material, Care, Fit, Sizes, Colors, Stock, Delivery, Reviews, Measurements, Price, Description, AddToBag, Features }

public enum PriceDirection { Cheaper, MoreExpensive }
