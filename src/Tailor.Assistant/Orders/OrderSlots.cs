using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>
/// What an order flow expects from the shopper at each step, with the choices it offered, so that understanding
/// reads the answer for that slot (and the other slots of the same task) instead of the flow parsing text.
/// </summary>
public static class OrderSlots
{
    public static SlotKind SlotOf(OrderStep step) => step switch
    {
        OrderStep.OrderNumber => SlotKind.OrderNumber,
        OrderStep.Identity => SlotKind.Identity,
        OrderStep.ChooseOrder => SlotKind.ChooseOrder,
        OrderStep.ChangeWhat => SlotKind.ChangeKind,
        OrderStep.Address => SlotKind.Address,
        OrderStep.Line => SlotKind.Line,
        OrderStep.Lines => SlotKind.Lines,
        OrderStep.Variant => SlotKind.Variant,
        OrderStep.Reason => SlotKind.ReturnReason,
        OrderStep.Refund => SlotKind.RefundMethod,
        OrderStep.CancelReason => SlotKind.CancellationReason,
        OrderStep.Code => SlotKind.Code,
        // A choice among listed things, as the item question is: "the second one", "the one ending 4417".
        OrderStep.Payment => SlotKind.Line,
        OrderStep.WhichAddress => SlotKind.ChangeKind,
        _ => SlotKind.YesNo,
    };

    /// <summary>
    /// The slot the flow waits for and the choices of its task: a return offers its items, reasons and refund methods
    /// at every step, so an answer to a question not asked yet (or a correction of one asked before) is read too.
    /// </summary>
    public static ExpectedSlot Expecting(OrderFlow flow, OrderFile? file, StoreSettings settings)
    {
        var expected = new ExpectedSlot(SlotOf(flow.Step));
        var offered = file is null ? [] : flow.Offered.Select(file.Line).OfType<OrderLine>().Select(Option).ToList();
        return flow.Task switch
        {
            OrderTask.Return => expected with
            {
                Lines = offered, ReturnReasons = settings.Returns.ReasonCodes, RefundMethods = settings.Returns.RefundMethods,
            },
            OrderTask.Cancel => expected with { CancellationReasons = settings.CancellationReasons },
            _ => expected with { Lines = offered },
        };
    }

    /// <summary>Just the order lines offered, as the item question of a task reads them.</summary>
    public static ExpectedSlot Lines(IReadOnlyList<OrderLine> offered) => new(SlotKind.Lines) { Lines = offered.Select(Option).ToList() };

    /// <summary>A new size or colour of the product bought.</summary>
    public static ExpectedSlot Variant(OrderLine line, Product product) => new(SlotKind.Variant)
    {
        Variant = new VariantOptions(VariantPicker.SizesOf(product).Where(s => s.Length > 0).ToList(),
            product.Variants.Select(v => v.Color).Where(c => c.Length > 0).Distinct().ToList(), line.Size)
        {
            // Values of the store's other options ("Petite", "Long", "Clicky"), read only when said outright.
            Others = product.Variants.SelectMany(v => v.Options).Select(o => o.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        },
    };

    public static LineOption Option(OrderLine line) =>
        new(line.Id, line.Title, line.Category, OrderWording.Line(line, 1),
            new[] { line.Color, line.Size }.Concat(line.Options.Select(o => o.Value)).Where(v => !string.IsNullOrWhiteSpace(v)).ToList());
}
