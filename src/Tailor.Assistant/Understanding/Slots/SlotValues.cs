using Tailor.Domain.Returns;

namespace Tailor.Assistant.Understanding.Slots;

/// <summary>
/// What one message says for the slots a flow expects. Only codes and choices the flow offered can appear here, never
/// personal details: e-mails, postcodes and addresses are read through <see cref="ShopperAnswer"/> and never kept.
/// </summary>
public sealed record SlotValues
{
    public static readonly SlotValues None = new();

    public string? ReturnReason { get; init; }
    /// <summary>
    /// "Doesn't fit", "wrong size": a reason, but not yet which of the store's fit codes; the codes it may mean
    /// (<c>fit_reasons</c> the store offers) are listed so the flow can ask "too small or too big?".
    /// </summary>
    public IReadOnlyList<string> FitReasons { get; init; } = [];
    public string? CancellationReason { get; init; }
    public RefundMethod? Refund { get; init; }
    /// <summary>"address", "item", "payment" or "account".</summary>
    public string? ChangeKind { get; init; }
    /// <summary>Ids of the offered lines the message names ("the jeans", a quick reply, "both").</summary>
    public IReadOnlyList<int> Lines { get; init; } = [];
    /// <summary>"Both", "all of them": every named line is meant, not one of them.</summary>
    public bool AllLines { get; init; }
    /// <summary>"The other one": the offered line not chosen so far.</summary>
    public bool OtherLine { get; init; }
    /// <summary>"Just one of them", "2 of them": how many units of a line, when said.</summary>
    public int? Units { get; init; }
    /// <summary>A size of the product's run, as the catalog writes it.</summary>
    public string? Size { get; init; }
    /// <summary>+1 for "a size up", −1 for "a size down".</summary>
    public int SizeStep { get; init; }
    public string? Color { get; init; }
    /// <summary>Values of the product's other options the message says ("the petite one", "in long").</summary>
    public IReadOnlyList<string> OptionValues { get; init; } = [];
    /// <summary>The digits of a one-time code, read only when a code was asked for.</summary>
    public string? Code { get; init; }

    public bool IsEmpty => ReturnReason is null && FitReasons.Count == 0 && CancellationReason is null && Refund is null && ChangeKind is null && Lines.Count == 0
        && !OtherLine && Units is null && Size is null && SizeStep == 0 && Color is null && OptionValues.Count == 0 && Code is null;
}
