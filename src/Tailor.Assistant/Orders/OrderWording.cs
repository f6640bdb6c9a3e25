using Tailor.Domain.Catalog;
using Tailor.Assistant.Respond;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>
/// How order facts read in a reply: dates in the store's time zone, lines, payment methods, lists of orders, and
/// personal details masked ("***, N16 9**"). Sentences come from templates; this only fills their values.
/// </summary>
public sealed class OrderWording(StoreSettings settings, TimeProvider time)
{
    private readonly TimeZoneInfo zone = StoreZone(settings.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);

    /// <summary>"Tuesday 24 November", with the year when it is not this year.</summary>
    public string Date(ReplyBuilder reply, DateOnly day) =>
        day.ToString(day.Year == Today.Year ? "dddd d MMMM" : "dddd d MMMM yyyy", reply.Culture);

    public string Date(ReplyBuilder reply, DateTimeOffset at) => Date(reply, Local(at));

    /// <summary>"24 Nov, 14:02" in the store's time zone, for carrier scans.</summary>
    public string Moment(ReplyBuilder reply, DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM, HH:mm", reply.Culture);

    public DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    public static string Status(OrderStatus status) => StatusNames.Words(status);

    public static string Status(ReturnStatus status) => StatusNames.Words(status);

    /// <summary>"2 × Relaxed Straight Jeans (Indigo, 32)".</summary>
    public static string Line(OrderLine line, int? quantity = null) => Item(line.Title, line.Color, line.Size, quantity ?? line.Quantity, line.Options);

    /// <summary>"Tapered Chinos (Navy, 32, Petite)": the store's other option values follow size and colour.</summary>
    public static string Item(string title, string color, string size, int quantity = 1, IEnumerable<VariantOption>? options = null)
    {
        var variant = string.Join(", ", new[] { color, size }.Concat((options ?? []).Select(o => o.Value)).Where(v => v.Length > 0));
        return $"{(quantity > 1 ? $"{quantity} × " : "")}{title}{(variant.Length > 0 ? $" ({variant})" : "")}";
    }

    /// <summary>"your Visa card ending 4242", "your PayPal account".</summary>
    public static string Payment(ReplyBuilder reply, PaymentMethod payment) =>
        payment.Last4 is { Length: 4 } last4
            ? reply.Render("order_payment_card", ("brand", payment.Brand ?? "card"), ("last_four", last4))
            : reply.Render("order_payment_other", ("type", PaymentType(payment.Type)));

    /// <summary>Where a refund goes, naming the card when it goes back to the original payment.</summary>
    public static string RefundTo(ReplyBuilder reply, RefundMethod method, PaymentMethod payment) =>
        method == RefundMethod.OriginalPayment ? Payment(reply, payment) : RefundMethodWords(reply, method);

    /// <summary>"your original payment method", "a gift card", "store credit on your account": no payment details.</summary>
    public static string RefundMethodWords(ReplyBuilder reply, RefundMethod method) => method switch
    {
        RefundMethod.GiftCard => reply.Render("refund_to_gift_card"),
        RefundMethod.StoreCredit => reply.Render("refund_to_store_credit"),
        _ => reply.Render("refund_to_original"),
    };

    /// <summary>"too small" for "too-small": reason codes are configurable, so their words are read off the code.</summary>
    public static string Reason(string code) => code.Replace('-', ' ');

    /// <summary>Only the start of the postcode is shown: "***, N16 9**".</summary>
    public static string MaskedAddress(Address address) => $"***, {MaskedPostcode(address.PostalCode)}";

    /// <summary>Enough of an e-mail address to recognise it, not to learn it: "j***@e***.com".</summary>
    public static string MaskedEmail(string email)
    {
        var at = email.Trim().LastIndexOf('@');
        if (at <= 0) return "***";
        var (local, domain) = (email.Trim()[..at], email.Trim()[(at + 1)..]);
        var dot = domain.LastIndexOf('.');
        var tld = dot > 0 ? domain[dot..] : "";
        return $"{local[0]}***@{(domain.Length > 0 ? domain[0] : '*')}***{tld}";
    }

    public static string MaskedPostcode(string postcode)
    {
        var trimmed = postcode.Trim().ToUpperInvariant();
        if (trimmed.Length == 0) return "***";
        var space = trimmed.IndexOf(' ');
        return space > 0 ? $"{trimmed[..space]} {trimmed[space + 1]}**" : trimmed[..((trimmed.Length + 1) / 2)] + "**";
    }

    /// <summary>"TL-100301 (placed Tuesday 24 November, pending, £89.00)" for each order, numbered when there are several.</summary>
    public string OrderList(ReplyBuilder reply, IReadOnlyList<Order> orders) =>
        string.Join("; ", orders.Select((o, i) => (orders.Count > 1 ? $"{i + 1}) " : "")
            + reply.Render("order_list_item", ("number", o.Number), ("date", Date(reply, o.PlacedAt)), ("status", Status(o.Status)), ("total", reply.Money(o.Total)))));

    public static string Statuses(IEnumerable<OrderStatus> statuses) =>
        ConstraintsDescriber.Join(statuses.Select(Status).ToList(), "or");

    private static string PaymentType(string type) => type.ToLowerInvariant() switch
    {
        "paypal" => "PayPal",
        "klarna" => "Klarna",
        "apple_pay" or "apple-pay" or "apple pay" => "Apple Pay",
        "google_pay" or "google-pay" or "google pay" => "Google Pay",
        var other => other,
    };

    private static TimeZoneInfo StoreZone(string id)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }
}
