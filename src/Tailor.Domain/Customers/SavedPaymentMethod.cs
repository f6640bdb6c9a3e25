namespace Tailor.Domain.Customers;

/// <summary>
/// A way to pay the customer saved with the store: a card (brand, last four digits and expiry only, never the full
/// number), a PayPal account, or a gift card with its balance. Orders not yet shipped can be moved onto one of them.
/// </summary>
public sealed record SavedPaymentMethod
{
    public const string Card = "card";
    public const string PayPal = "paypal";
    public const string GiftCard = "gift_card";

    /// <summary><see cref="Card"/>, <see cref="PayPal"/> or <see cref="GiftCard"/>.</summary>
    public string Type { get; init; } = Card;
    /// <summary>"Visa", "Mastercard" for a card.</summary>
    public string? Brand { get; init; }
    /// <summary>The last four digits of a card or gift card number.</summary>
    public string? Last4 { get; init; }
    public int? ExpiryMonth { get; init; }
    public int? ExpiryYear { get; init; }
    /// <summary>What is left on a gift card.</summary>
    public decimal? Balance { get; init; }

    /// <summary>A card past its expiry month cannot pay; other methods do not expire.</summary>
    public bool IsExpired(DateTimeOffset now) =>
        ExpiryYear is { } year && ExpiryMonth is { } month && (year < now.Year || (year == now.Year && month < now.Month));

    /// <summary>Whether this method can pay <paramref name="amount"/> now: not expired, and a gift card holds enough.</summary>
    public bool CanPay(decimal amount, DateTimeOffset now) => !IsExpired(now) && (Type != GiftCard || (Balance ?? 0) >= amount);
}
