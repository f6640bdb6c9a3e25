using Tailor.Domain.Returns;

namespace Tailor.Assistant.Understanding.Slots;

/// <summary>The kinds of answer an order flow can wait for.</summary>
public enum SlotKind
{
    OrderNumber, Identity, ChooseOrder, ChangeKind, Address, Line, Lines, Variant, ReturnReason, RefundMethod, CancellationReason, Code, YesNo,
}

/// <summary>
/// The slot a flow waits for, with the choices it offered. Slots of the same flow that were not asked yet are read
/// too when their choices are given here, so "too small, store credit please" fills both.
/// </summary>
public sealed record ExpectedSlot(SlotKind Slot)
{
    public IReadOnlyList<string> ReturnReasons { get; init; } = [];
    public IReadOnlyList<string> CancellationReasons { get; init; } = [];
    public IReadOnlyList<RefundMethod> RefundMethods { get; init; } = [];
    /// <summary>The order lines offered, in the order listed.</summary>
    public IReadOnlyList<LineOption> Lines { get; init; } = [];
    /// <summary>The sizes and colours of the item being swapped, when a new variant is asked for.</summary>
    public VariantOptions? Variant { get; init; }
}

/// <summary>An order line as offered: its id, the product words it can be named by, and its quick-reply label.</summary>
/// <param name="Values">The line's option values (colour, size, other named options): "the black one" among two of a title.</param>
public sealed record LineOption(int Id, string Title, string Category, string Label, IReadOnlyList<string>? Values = null);

/// <summary>The product's size run (in size order) and colours, and the size bought.</summary>
public sealed record VariantOptions(IReadOnlyList<string> Sizes, IReadOnlyList<string> Colors, string CurrentSize)
{
    /// <summary>Values of the product's other named options ("Petite", "Long", "Clicky").</summary>
    public IReadOnlyList<string> Others { get; init; } = [];
}
