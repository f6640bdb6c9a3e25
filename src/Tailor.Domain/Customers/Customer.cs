namespace Tailor.Domain.Customers;

/// <summary>A shopper with an account: contact details, addresses, stated preferences and consents.</summary>
public sealed class Customer
{
    public int Id { get; set; }
    /// <summary>The store's own id for this customer, used as the subject of signed customer tokens.</summary>
    public required string ExternalId { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public required string Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>The account's addresses; the first is the one the account uses (deliveries default to it).</summary>
    public List<Address> Addresses { get; set; } = [];
    /// <summary>Cards, PayPal and gift cards saved for paying; an unshipped order can be moved onto one of them.</summary>
    public List<SavedPaymentMethod> PaymentMethods { get; set; } = [];
    public CustomerPreferences Preferences { get; set; } = new();
    public Consents Consents { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }

    public string FullName => $"{FirstName} {LastName}".Trim();
}

/// <summary>A postal address.</summary>
public sealed record Address
{
    public string Name { get; init; } = "";
    public string Line1 { get; init; } = "";
    public string? Line2 { get; init; }
    public string City { get; init; } = "";
    public string? Region { get; init; }
    public string PostalCode { get; init; } = "";
    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string Country { get; init; } = "GB";
}

/// <summary>What the shopper told us they like; used for personalization only with consent.</summary>
public sealed class CustomerPreferences
{
    public List<string> Sizes { get; set; } = [];
    public List<string> FavoriteColors { get; set; } = [];
    public List<string> DislikedColors { get; set; } = [];
    public List<string> Styles { get; set; } = [];
    public string? Fit { get; set; }
    public decimal? Budget { get; set; }
}

/// <summary>Consents the customer gave, each with the time it was given.</summary>
public sealed class Consents
{
    public bool Marketing { get; set; }
    public bool Personalization { get; set; }
    public bool ChatHistory { get; set; }
    /// <summary>Whether the shopper has answered the assistant's question about keeping their preferences, so it is asked once.</summary>
    public bool PersonalizationAsked { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
