using System.Text.RegularExpressions;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Understanding.Slots;

/// <summary>
/// Which of a customer's saved payment methods a message names: the last four digits ("the one ending 4417"), the
/// card brand ("the mastercard") or the kind ("paypal", "my gift card"), narrowed in that order. Null unless exactly
/// one offered method fits.
/// </summary>
public static partial class PaymentChoice
{
    public static int? Of(string text, IReadOnlyList<SavedPaymentMethod> offered, OrderWords words)
    {
        var fitting = Enumerable.Range(0, offered.Count).ToList();
        // Four digits that are no method's last four (an order number, a year) say nothing about the method.
        var digits = FourDigits().Matches(text).Select(m => m.Value).ToHashSet();
        var byDigits = fitting.Where(i => offered[i].Last4 is { } last4 && digits.Contains(last4)).ToList();
        if (byDigits.Count > 0) fitting = byDigits;
        var brands = fitting.Where(i => offered[i].Brand is { Length: > 0 } brand && LineMatcher.Says(text, brand)).ToList();
        if (brands.Count > 0) fitting = brands;
        var type = words.PaymentType(text);
        if (type is not null) fitting = fitting.Where(i => offered[i].Type == type).ToList();
        var narrowed = byDigits.Count > 0 || brands.Count > 0 || type is not null;
        return narrowed && fitting.Count == 1 ? fitting[0] : null;
    }

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex FourDigits();
}
