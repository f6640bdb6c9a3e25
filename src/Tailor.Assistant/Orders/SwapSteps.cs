using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Respond;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>Whether a swap is a change to an order not shipped yet or an exchange of a delivered item: the wording differs.</summary>
public enum SwapKind { Change, Exchange }

/// <summary>
/// The two questions a swap asks, shared by changes before shipping and exchanges: which item, then which size or
/// colour instead. Only variants of the same product with stock for the units are accepted, and what is in stock is
/// offered when the wish cannot be met.
/// </summary>
public sealed class SwapSteps(LinePicker lines, VariantPicker variants)
{
    /// <summary>
    /// Starts at the item question, or at the size question when only one item can be swapped or the message named
    /// it. A first message that already says what instead ("exchange the jeans for a 34") gives the variant at once.
    /// </summary>
    public Variant? Begin(Turn turn, OrderFlow flow, OrderFile file, IReadOnlyList<OrderLine> swappable, SwapKind kind)
    {
        flow.Offered = swappable.Select(l => l.Id).ToList();
        var choice = swappable.Count == 1 ? new LineChoice(swappable, false) : lines.Choose(turn, swappable);
        var picked = choice.Lines;
        if (picked.Count != 1)
        {
            // "Exchange the t-shirt" with two t-shirts on the order: asked among those two, with their colours and sizes.
            if (picked.Count > 1) flow.Offered = picked.Select(l => l.Id).ToList();
            AskLine(turn, flow, file, kind);
            return null;
        }
        flow.Line = picked[0].Id;
        flow.Step = OrderStep.Variant;
        var target = TakeVariant(turn, flow, file, out var answered);
        if (!answered) AskVariant(turn, flow, file);
        return target;
    }

    public void AskLine(Turn turn, OrderFlow flow, OrderFile file, SwapKind kind)
    {
        flow.Step = OrderStep.Line;
        var offered = Offered(flow, file);
        turn.Reply.Say($"swap_which_item_{kind.ToString().ToLowerInvariant()}", ("number", file.Order.Number),
            ("list", string.Join("; ", offered.Select((l, i) => $"{i + 1}) {OrderWording.Line(l)}"))))
            .QuickReplies(offered.Select(l => OrderWording.Line(l, 1)));
    }

    /// <summary>Reads which item the shopper means; false when the message names none of the offered ones.</summary>
    public bool TakeLine(Turn turn, OrderFlow flow, OrderFile file, SwapKind kind)
    {
        var picked = lines.Pick(turn, Offered(flow, file));
        if (picked.Count == 0) return false;
        if (picked.Count > 1)
        {
            // "The t-shirt" when two were bought: ask again among those.
            flow.Offered = picked.Select(l => l.Id).ToList();
            AskLine(turn, flow, file, kind);
            return true;
        }
        flow.Line = picked[0].Id;
        AskVariant(turn, flow, file);
        return true;
    }

    public void AskVariant(Turn turn, OrderFlow flow, OrderFile file)
    {
        flow.Step = OrderStep.Variant;
        var line = file.Line(flow.Line!.Value)!;
        var options = Options(line, file);
        if (options.Count == 0) turn.Reply.Say("swap_ask_variant_none", ("item", OrderWording.Line(line, 1)));
        else turn.Reply.Say("swap_ask_variant", ("item", OrderWording.Line(line, 1)), ("options", ConstraintsDescriber.Join(options, "or")))
            .QuickReplies(options);
    }

    /// <summary>
    /// The variant the shopper asked for, when it exists and is in stock. Otherwise says why not and what is in stock,
    /// and <paramref name="answered"/> tells whether the message was an answer at all.
    /// </summary>
    public Variant? TakeVariant(Turn turn, OrderFlow flow, OrderFile file, out bool answered)
    {
        var line = file.Line(flow.Line!.Value)!;
        var units = Units(line);
        answered = true;
        if (file.ProductOf(line) is not { } product)
        {
            turn.Reply.Say("swap_ask_variant_none", ("item", OrderWording.Line(line, 1)));
            return null;
        }
        var choice = variants.Pick(turn, line, product, units);
        if (choice.Problem == VariantProblem.None) return choice.Variant;
        if (choice.Problem == VariantProblem.NothingAsked)
        {
            answered = false;
            return null;
        }
        var asked = string.Join(", ", new[] { choice.AskedColor, choice.AskedSize is { } s ? $"size {s}" : null, choice.AskedOther }.OfType<string>());
        var options = Options(line, file);
        var alternatives = options.Count == 0 ? turn.Reply.Render("swap_alternatives_none")
            : turn.Reply.Render("swap_alternatives", ("options", ConstraintsDescriber.Join(options, "or")));
        var key = choice.Problem switch { VariantProblem.SoldOut => "swap_sold_out", VariantProblem.SameAsBought => "swap_same", _ => "swap_not_made" };
        turn.Reply.Say(key, ("title", line.Title), ("variant", asked), ("alternatives", alternatives)).QuickReplies(options);
        return null;
    }

    /// <summary>"It's the same price", or what the new variant costs more or less and what happens to the difference.</summary>
    public static string PriceText(ReplyBuilder reply, decimal difference, PaymentMethod payment, SwapKind kind)
    {
        var mode = kind.ToString().ToLowerInvariant();
        return difference == 0 ? reply.Render("swap_same_price")
            : reply.Render(difference > 0 ? $"swap_costs_more_{mode}" : $"swap_costs_less_{mode}",
                ("amount", Math.Abs(difference)), ("payment", OrderWording.Payment(reply, payment)));
    }

    /// <summary>Units being swapped: all of the line not already sent back.</summary>
    public static int Units(OrderLine line) => Math.Max(1, line.ReturnableQuantity());

    // Sizes in the same colour first ("size 12"), then colours in the same size ("in Black"), then the store's other
    // option values with the rest as bought ("Petite").
    private static List<string> Options(OrderLine line, OrderFile file)
    {
        if (file.ProductOf(line) is not { } product) return [];
        var units = Units(line);
        return VariantPicker.SizesInStock(line, product, units).Select(s => $"size {s}")
            .Concat(VariantPicker.ColorsInStock(line, product, units).Select(c => $"in {c}"))
            .Concat(VariantPicker.OtherValuesInStock(line, product, units)).Take(6).ToList();
    }

    private static List<OrderLine> Offered(OrderFlow flow, OrderFile file) =>
        flow.Offered.Select(file.Line).OfType<OrderLine>().ToList();
}
