using Tailor.Domain.Orders;
using Tailor.Domain.Settings;

namespace Tailor.Store.Demo.Orders;

/// <summary>How shoppers pay, among the methods the store accepts; only the brand and last four digits are kept.</summary>
internal sealed class PaymentPicker(Random random, StoreSettings settings)
{
    private static readonly string[] CardBrands = ["Visa", "Visa", "Visa", "Mastercard", "Mastercard"];

    private readonly IReadOnlyList<(string, double)> methods = (settings.PaymentMethods.Count > 0 ? settings.PaymentMethods : ["Visa"])
        .Select(m => (m, m.ToUpperInvariant() switch
        {
            "VISA" => 40.0, "MASTERCARD" => 25, "AMERICAN EXPRESS" => 6, "PAYPAL" => 14, "APPLE PAY" => 8, "GOOGLE PAY" => 3, "KLARNA" => 4, _ => 3,
        }))
        .ToList();

    private readonly Dictionary<string, string> types = settings.PaymentMethods.Distinct().ToDictionary(m => m, m => Slug.Of(m).Replace('-', '_'));

    public PaymentMethod Pick()
    {
        var method = random.PickWeighted(methods);
        return method.ToUpperInvariant() switch
        {
            "VISA" or "MASTERCARD" or "AMERICAN EXPRESS" or "MAESTRO" => new PaymentMethod { Type = "card", Brand = method, Last4 = random.Digits(4) },
            // Wallets pay with a card underneath; the wallet shows its last four digits.
            "APPLE PAY" or "GOOGLE PAY" => new PaymentMethod { Type = TypeOf(method), Brand = random.Pick(CardBrands), Last4 = random.Digits(4) },
            _ => new PaymentMethod { Type = TypeOf(method) },
        };
    }

    private string TypeOf(string method) => types.TryGetValue(method, out var type) ? type : Slug.Of(method).Replace('-', '_');
}
