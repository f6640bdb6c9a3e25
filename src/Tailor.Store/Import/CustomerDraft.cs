using Tailor.Domain.Customers;

namespace Tailor.Store.Import;

/// <summary>A customer as the JSON file describes them, validated; fields left out of the file keep their stored values.</summary>
internal sealed record CustomerDraft(
    int Row, string? ExternalId, string Email, string? FirstName, string? LastName, string? Phone,
    IReadOnlyList<Address>? Addresses, PreferencesDraft? Preferences, ConsentsDraft? Consents, DateTimeOffset? CreatedAt,
    IReadOnlyList<SavedPaymentMethod>? PaymentMethods = null);

internal sealed record PreferencesDraft(
    IReadOnlyList<string> Sizes, IReadOnlyList<string> FavoriteColors, IReadOnlyList<string> DislikedColors,
    IReadOnlyList<string> Styles, string? Fit, decimal? Budget);

/// <summary>Consents as given; without a time, the import's own time is recorded when they change.</summary>
internal sealed record ConsentsDraft(bool Marketing, bool Personalization, bool ChatHistory, DateTimeOffset? UpdatedAt);

/// <summary>Postal addresses in JSON, shared by customers and orders.</summary>
internal static class JsonAddress
{
    public static Address? Read(JsonFields a, RowValidator check)
    {
        var line1 = check.Required(a.PathOf("line1"), a.Text("line1"));
        var city = check.Required(a.PathOf("city"), a.Text("city"));
        var country = check.Country(a.PathOf("country"), a.Text("country"), "GB");
        if (line1 is null || city is null || country is null) return null;
        return new Address
        {
            Name = check.Optional(a.PathOf("name"), a.Text("name")) ?? "",
            Line1 = line1,
            Line2 = check.Optional(a.PathOf("line2"), a.Text("line2")),
            City = city,
            Region = check.Optional(a.PathOf("region"), a.Text("region")),
            PostalCode = check.Optional(a.PathOf("postalCode"), a.Text("postalCode"), 20) ?? "",
            Country = country,
        };
    }
}
