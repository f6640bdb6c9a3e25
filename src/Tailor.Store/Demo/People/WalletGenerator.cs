using Tailor.Domain.Customers;

namespace Tailor.Store.Demo.People;

/// <summary>
/// Gives about two customers in three one to three saved payment methods (cards with brand, last four digits and
/// expiry, PayPal, gift cards with a balance), from its own seeded stream so the rest of the demo store is unchanged.
/// </summary>
internal sealed class WalletGenerator(Random random, DateTimeOffset now)
{
    private static readonly string[] Brands = ["Visa", "Visa", "Visa", "Mastercard", "Mastercard", "American Express"];

    public void Fill(IEnumerable<Customer> customers)
    {
        foreach (var customer in customers)
        {
            // The demo customer always has a choice: a card, PayPal and a gift card.
            if (customer.ExternalId == CustomerGenerator.DemoCustomerId) customer.PaymentMethods = [Card(), PayPal(), GiftCard()];
            else if (random.Chance(0.65)) customer.PaymentMethods = Enumerable.Range(0, random.Between(1, 3)).Select(_ => Any()).DistinctBy(m => (m.Type, m.Last4)).ToList();
        }
    }

    private SavedPaymentMethod Any() => random.NextDouble() switch
    {
        < 0.7 => Card(),
        < 0.9 => PayPal(),
        _ => GiftCard(),
    };

    // Cards run out between a few months ago and four years ahead, so a few saved ones have expired, as in life.
    private SavedPaymentMethod Card()
    {
        var expiry = now.AddMonths(random.Between(-3, 48));
        return new SavedPaymentMethod
        {
            Type = SavedPaymentMethod.Card, Brand = random.Pick(Brands), Last4 = random.Digits(4), ExpiryMonth = expiry.Month, ExpiryYear = expiry.Year,
        };
    }

    private static SavedPaymentMethod PayPal() => new() { Type = SavedPaymentMethod.PayPal };

    private SavedPaymentMethod GiftCard() => new()
    {
        Type = SavedPaymentMethod.GiftCard, Last4 = random.Digits(4), Balance = random.Pick<decimal>([10m, 25m, 50m, 100m, 150m, 250m]),
    };
}
