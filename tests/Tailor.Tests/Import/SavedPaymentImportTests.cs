using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Customers;
using Tailor.Store.Import;

namespace Tailor.Tests.Import;

/// <summary>Saved payment methods come in with customers: brand, last four digits and expiry of a card, never its number.</summary>
public sealed class SavedPaymentImportTests
{
    [Fact]
    public async Task Cards_paypal_and_gift_cards_are_kept_with_only_the_last_four_digits()
    {
        await using var store = await ImportTestStore.CreateAsync();
        const string json = """
            [{ "externalId": "cus_9001", "email": "lena@example.com", "paymentMethods": [
                { "type": "card", "brand": "Visa", "last4": "**** 4242", "expiryMonth": 3, "expiryYear": 2027 },
                { "type": "PayPal" },
                { "type": "gift-card", "last4": "7788", "balance": "35.50" } ] }]
            """;

        var report = await store.Importer().ImportCustomersAsync(ImportTestStore.Text(json), CancellationToken.None);

        Assert.Empty(report.Failed);
        await using var db = store.Open();
        var methods = (await db.Customers.SingleAsync(c => c.ExternalId == "cus_9001")).PaymentMethods;
        Assert.Equal(
        [
            new SavedPaymentMethod { Type = "card", Brand = "Visa", Last4 = "4242", ExpiryMonth = 3, ExpiryYear = 2027 },
            new SavedPaymentMethod { Type = "paypal" },
            new SavedPaymentMethod { Type = "gift_card", Last4 = "7788", Balance = 35.50m },
        ], methods);
    }

    [Fact]
    public async Task A_full_card_number_is_refused_and_never_repeated()
    {
        await using var store = await ImportTestStore.CreateAsync();
        const string json = """[{ "externalId": "cus_9002", "email": "ola@example.com", "paymentMethods": [{ "type": "card", "last4": "4111111111111111" }] }]""";

        var report = await store.Importer().ImportCustomersAsync(ImportTestStore.Text(json), CancellationToken.None);

        Assert.Contains(report.Failed, e => e.Field == "paymentMethods[0].last4");
        Assert.DoesNotContain(report.Failed, e => e.Message.Contains("4111"));
        await using var db = store.Open();
        Assert.False(await db.Customers.AnyAsync(c => c.ExternalId == "cus_9002"));
    }

    [Fact]
    public async Task An_unknown_type_and_a_gift_card_without_balance_are_named()
    {
        await using var store = await ImportTestStore.CreateAsync();
        const string json = """[{ "email": "kim@example.com", "paymentMethods": [{ "type": "cheque" }, { "type": "gift_card", "last4": "1234" }] }]""";

        var report = await store.Importer().ImportCustomersAsync(ImportTestStore.Text(json), CancellationToken.None);

        Assert.Equal(["paymentMethods[0].type", "paymentMethods[1].balance"], report.Failed.Select(e => e.Field));
    }

    [Theory]
    [InlineData(2026, 11, false)]
    [InlineData(2026, 10, true)]
    [InlineData(2025, 12, true)]
    public void A_card_expires_after_its_expiry_month(int year, int month, bool expired) =>
        Assert.Equal(expired, new SavedPaymentMethod { Last4 = "4242", ExpiryMonth = month, ExpiryYear = year }
            .IsExpired(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void A_gift_card_pays_only_up_to_its_balance()
    {
        var card = new SavedPaymentMethod { Type = SavedPaymentMethod.GiftCard, Last4 = "7788", Balance = 20m };
        var now = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

        Assert.True(card.CanPay(20m, now));
        Assert.False(card.CanPay(20.01m, now));
    }
}
