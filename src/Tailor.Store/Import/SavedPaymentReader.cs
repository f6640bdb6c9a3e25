using Tailor.Domain.Customers;

namespace Tailor.Store.Import;

/// <summary>
/// A customer's saved payment methods in JSON (<c>paymentMethods: [{ type, brand, last4, expiryMonth, expiryYear,
/// balance }]</c>). Only the brand, last four digits and expiry of a card are kept: a longer number is refused.
/// </summary>
internal static class SavedPaymentReader
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["card"] = SavedPaymentMethod.Card, ["credit_card"] = SavedPaymentMethod.Card, ["debit_card"] = SavedPaymentMethod.Card,
        ["paypal"] = SavedPaymentMethod.PayPal,
        ["gift_card"] = SavedPaymentMethod.GiftCard, ["giftcard"] = SavedPaymentMethod.GiftCard, ["gift-card"] = SavedPaymentMethod.GiftCard,
    };

    public static SavedPaymentMethod? Read(JsonFields m, RowValidator check)
    {
        var typed = check.Optional(m.PathOf("type"), m.Text("type"), 32) ?? SavedPaymentMethod.Card;
        if (!Types.TryGetValue(typed, out var type))
        {
            check.Fail(m.PathOf("type"), $"'{typed}' is not a payment method type: use card, paypal or gift_card");
            return null;
        }
        var last4 = check.Last4(m.PathOf("last4"), m.Text("last4"));
        var month = Month(m, check);
        var year = check.Count(m.PathOf("expiryYear"), m.Text("expiryYear"));
        if (year is < 2000 or > 2100) check.Fail(m.PathOf("expiryYear"), $"'{year}' is not a four-digit year");
        if (type == SavedPaymentMethod.Card && last4 is null) check.Fail(m.PathOf("last4"), "is required for a card");
        var balance = check.Amount(m.PathOf("balance"), m.Text("balance"));
        if (type == SavedPaymentMethod.GiftCard && balance is null) check.Fail(m.PathOf("balance"), "is required for a gift card");
        return new SavedPaymentMethod
        {
            Type = type, Brand = check.Optional(m.PathOf("brand"), m.Text("brand"), 32), Last4 = last4,
            ExpiryMonth = month, ExpiryYear = year, Balance = type == SavedPaymentMethod.GiftCard ? balance : null,
        };
    }

    private static int? Month(JsonFields m, RowValidator check)
    {
        var month = check.Count(m.PathOf("expiryMonth"), m.Text("expiryMonth"));
        if (month is 0 or > 12) check.Fail(m.PathOf("expiryMonth"), $"'{month}' is not a month from 1 to 12");
        return month;
    }
}
