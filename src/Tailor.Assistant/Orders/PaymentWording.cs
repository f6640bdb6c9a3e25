using Tailor.Assistant.Respond;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>How saved payment methods read in replies: brand and last four digits at most, never more.</summary>
public static class PaymentWording
{
    /// <summary>"your Visa card ending 4417", "your PayPal account", "your gift card ending 9921 (£50.00 left)".</summary>
    public static string Saved(ReplyBuilder reply, SavedPaymentMethod method) => method.Type switch
    {
        SavedPaymentMethod.GiftCard => reply.Render("payment_gift_card", ("last_four", method.Last4 ?? "****"), ("balance", reply.Money(method.Balance ?? 0))),
        SavedPaymentMethod.Card => reply.Render("order_payment_card", ("brand", method.Brand ?? "card"), ("last_four", method.Last4 ?? "****")),
        _ => OrderWording.Payment(reply, OnOrder(method)),
    };

    /// <summary>"1) your Visa card ending 4417; 2) your PayPal account".</summary>
    public static string List(ReplyBuilder reply, IReadOnlyList<SavedPaymentMethod> methods) =>
        string.Join("; ", methods.Select((m, i) => $"{i + 1}) {Saved(reply, m)}"));

    /// <summary>A quick reply that picks the method again by what the reader recognises: "Visa ending 4417", "PayPal".</summary>
    public static string Choice(SavedPaymentMethod method) => method.Type switch
    {
        SavedPaymentMethod.GiftCard => $"gift card ending {method.Last4}",
        SavedPaymentMethod.Card => $"{method.Brand ?? "card"} ending {method.Last4}",
        _ => "PayPal",
    };

    /// <summary>The payment as an order keeps it: type, brand and last four digits.</summary>
    public static PaymentMethod OnOrder(SavedPaymentMethod method) => new() { Type = method.Type, Brand = method.Brand, Last4 = method.Last4 };

    /// <summary>Whether the order is already paid this way.</summary>
    public static bool Pays(SavedPaymentMethod method, PaymentMethod payment) =>
        string.Equals(method.Type, payment.Type, StringComparison.OrdinalIgnoreCase) && method.Last4 == payment.Last4;
}
