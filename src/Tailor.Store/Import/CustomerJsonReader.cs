using System.Runtime.CompilerServices;

namespace Tailor.Store.Import;

/// <summary>Reads customers from JSON (a <c>customers</c> array, or a bare array); row N is the Nth customer.</summary>
internal static class CustomerJsonReader
{
    public static async IAsyncEnumerable<Parsed<CustomerDraft>> ReadAsync(Stream input, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in JsonArrayReader.ReadAsync(input, "customers", ct).WithCancellation(ct))
        {
            if (item.Unreadable is { } broken)
            {
                yield return Parsed<CustomerDraft>.Rejected(broken);
                yield break;
            }
            yield return Read(item);
        }
    }

    private static Parsed<CustomerDraft> Read(JsonItem item)
    {
        var check = new RowValidator(item.Row);
        if (JsonFields.Root(item, check, "customer") is not { } f) return Parsed<CustomerDraft>.Rejected(check.Errors);
        var externalId = check.Optional("externalId", f.Text("externalId"), 100);
        var email = check.Email("email", f.Text("email"), required: true);
        var addresses = f.Has("addresses")
            ? f.Objects("addresses").Select(a => JsonAddress.Read(a.Fields, check)).OfType<Domain.Customers.Address>().ToList()
            : null;
        var methods = f.Has("paymentMethods")
            ? f.Objects("paymentMethods").Select(m => SavedPaymentReader.Read(m.Fields, check)).OfType<Domain.Customers.SavedPaymentMethod>().ToList()
            : null;
        var draft = new CustomerDraft(item.Row, externalId, email ?? "",
            check.Optional("firstName", f.Text("firstName"), 100), check.Optional("lastName", f.Text("lastName"), 100),
            check.Phone("phone", f.Text("phone")), addresses,
            f.Object("preferences") is { } p ? Preferences(p, check) : null,
            f.Object("consents") is { } c ? Consents(c, check) : null,
            check.Instant("createdAt", f.Text("createdAt"), required: false), methods);
        return check.IsValid ? new Parsed<CustomerDraft>(draft, []) : Parsed<CustomerDraft>.Rejected(check.Errors);
    }

    private static PreferencesDraft Preferences(JsonFields p, RowValidator check) => new(
        p.Texts("sizes"), p.Texts("favoriteColors"), p.Texts("dislikedColors"), p.Texts("styles"),
        check.Optional(p.PathOf("fit"), p.Text("fit"), 50), check.Amount(p.PathOf("budget"), p.Text("budget")));

    private static ConsentsDraft Consents(JsonFields c, RowValidator check) => new(
        check.Flag(c.PathOf("marketing"), c.Text("marketing")), check.Flag(c.PathOf("personalization"), c.Text("personalization")),
        check.Flag(c.PathOf("chatHistory"), c.Text("chatHistory")), check.Instant(c.PathOf("updatedAt"), c.Text("updatedAt"), required: false));
}
