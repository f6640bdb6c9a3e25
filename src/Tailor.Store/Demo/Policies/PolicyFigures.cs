using System.Globalization;
using System.Text;
using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;

namespace Tailor.Store.Demo.Policies;

/// <summary>
/// Every figure a policy page may quote, worked out from the store's settings (and its size charts), keyed by
/// the placeholder name. The assistant's rules read the same settings, so page and behaviour cannot disagree.
/// </summary>
internal static class PolicyFigures
{
    public static Dictionary<string, string> From(StoreSettings settings, IReadOnlyList<SizeChart> charts)
    {
        string M(decimal amount) => Money.Format(amount, settings.Currency);
        var home = settings.Shipping.FirstOrDefault();
        var returns = settings.Returns;
        var figures = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["store.name"] = settings.Name,
            ["store.url"] = settings.BaseUrl,
            ["store.email"] = settings.SupportEmail,
            ["store.phone"] = settings.SupportPhone,
            ["store.currency"] = settings.Currency,
            ["store.timeZone"] = settings.TimeZone,
            ["openingHours.list"] = string.Join("\n", settings.OpeningHours.Select(h => $"- **{h.Days}:** {h.Opens}–{h.Closes}")),
            ["orders.prefix"] = OrderNumber.Prefix,
            ["orders.cancellableStatuses"] = Either(settings.CancellableStatuses.Select(Describe)),
            ["orders.changeableStatuses"] = Either(settings.ChangeableStatuses.Select(Describe)),
            ["shipping.cutoff"] = $"{settings.DispatchCutoffHour:00}:00",
            ["shipping.countries"] = Both(settings.Shipping.Select(z => Place(z.Name))),
            ["shipping.table"] = ShippingTable(settings, M),
            ["shipping.byCountry"] = ShippingByCountry(settings, M),
            ["shipping.home.name"] = home is null ? "" : Place(home.Name),
            ["shipping.home.carrier"] = home?.Carrier ?? "",
            ["shipping.home.cost"] = home is null ? "" : M(home.StandardCost),
            ["shipping.home.days"] = home is null ? "" : Days(home.StandardDaysMin, home.StandardDaysMax),
            ["shipping.home.expressCost"] = home is null ? "" : M(home.ExpressCost),
            ["shipping.home.expressDays"] = home is null ? "" : Days(home.ExpressDays, home.ExpressDays),
            ["shipping.home.freeOver"] = home?.FreeOver is { } free ? M(free) : "no minimum",
            ["shipping.international.countries"] = Both(settings.Shipping.Skip(1).Select(z => Place(z.Name))),
            ["returns.windowDays"] = returns.WindowDays.ToString(CultureInfo.InvariantCulture),
            ["returns.exchangeWindowDays"] = returns.ExchangeWindowDays.ToString(CultureInfo.InvariantCulture),
            ["returns.refundDays"] = returns.RefundProcessingDays.ToString(CultureInfo.InvariantCulture),
            ["returns.fee"] = returns.ReturnFee == 0 ? "free" : M(returns.ReturnFee),
            ["returns.internationalFee"] = returns.InternationalReturnFee == 0 ? "free" : M(returns.InternationalReturnFee),
            ["returns.homeFeeSentence"] = returns.ReturnFee == 0
                ? $"Returns from {(home is null ? "your country" : Place(home.Name))} are free."
                : $"Returns from {(home is null ? "your country" : Place(home.Name))} cost {M(returns.ReturnFee)}, which is deducted from your refund.",
            ["returns.internationalFeeSentence"] = returns.InternationalReturnFee == 0
                ? "Returns from other countries are free too."
                : $"Returns from other countries cost {M(returns.InternationalReturnFee)}, which is deducted from your refund.",
            ["returns.freeReturnsSentence"] = returns.FreeReturnReasons.Count == 0 ? ""
                : $"Returns are always free when the reason is {Either(returns.FreeReturnReasons.Select(code => code.Replace('-', ' ')))}.",
            ["returns.excludedCategories"] = returns.ExcludedCategories.Count == 0 ? "no categories" : Both(returns.ExcludedCategories),
            ["returns.refundMethods"] = Either(returns.RefundMethods.Select(Describe)),
            ["returns.reasons"] = string.Join("\n", returns.ReasonCodes.Select(code => $"- {Sentence(code.Replace('-', ' '))} (`{code}`)")),
            ["payment.methods"] = Both(settings.PaymentMethods),
            ["payment.list"] = string.Join("\n", settings.PaymentMethods.Select(m => $"- {m}")),
            ["priceMatch.days"] = settings.PriceMatchDays.ToString(CultureInfo.InvariantCulture),
            ["giftCards.validityMonths"] = settings.GiftCardValidityMonths.ToString(CultureInfo.InvariantCulture),
            ["loyalty.pointsPerPound"] = settings.LoyaltyPointsPerPound.ToString(CultureInfo.InvariantCulture),
            ["loyalty.earnRate"] = $"{settings.LoyaltyPointsPerPound} point{(settings.LoyaltyPointsPerPound == 1 ? "" : "s")} for every {M(1)}",
            ["loyalty.pointsForReward"] = settings.LoyaltyPointsForFiveOff.ToString(CultureInfo.InvariantCulture),
            ["loyalty.rewardValue"] = M(5),
            ["privacy.retentionMonths"] = settings.DataRetentionMonths.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, table) in SizeGuideTables.From(charts)) figures[key] = table;
        return figures;
    }

    private static string ShippingTable(StoreSettings settings, Func<decimal, string> money)
    {
        var table = new StringBuilder("| Destination | Carrier | Standard delivery | Standard cost | Free standard delivery | Express delivery | Express cost |\n|---|---|---|---|---|---|---|\n");
        foreach (var zone in settings.Shipping)
            table.Append($"| {zone.Name} | {zone.Carrier} | {Days(zone.StandardDaysMin, zone.StandardDaysMax)} | {money(zone.StandardCost)} | ")
                 .Append(zone.FreeOver is { } free ? $"on orders over {money(free)}" : "not available")
                 .Append($" | {Days(zone.ExpressDays, zone.ExpressDays)} | {money(zone.ExpressCost)} |\n");
        return table.ToString().TrimEnd();
    }

    private static string ShippingByCountry(StoreSettings settings, Func<decimal, string> money)
    {
        var text = new StringBuilder();
        foreach (var zone in settings.Shipping)
        {
            text.Append($"### {zone.Name}\n\n")
                .Append($"We deliver to {Place(zone.Name)} with {zone.Carrier}. Standard delivery takes {Days(zone.StandardDaysMin, zone.StandardDaysMax)} and costs {money(zone.StandardCost)}")
                .Append(zone.FreeOver is { } free ? $", or nothing at all when your order comes to {money(free)} or more. " : ". ")
                .Append($"Express delivery takes {Days(zone.ExpressDays, zone.ExpressDays)} and costs {money(zone.ExpressCost)}.\n\n");
        }
        return text.ToString().TrimEnd();
    }

    // "We deliver to the United Kingdom", "to the Netherlands", but "to France".
    private static string Place(string country) =>
        country.StartsWith("United ", StringComparison.Ordinal) || country is "Netherlands" or "Czech Republic" or "Philippines" ? "the " + country : country;

    private static string Days(int min, int max) =>
        min == max ? (min == 1 ? "1 working day" : $"{min} working days") : $"{min}–{max} working days";

    private static string Describe(OrderStatus status) => status.ToString() switch
    {
        "PartiallyReturned" => "partially returned",
        var name => name.ToLowerInvariant(),
    };

    private static string Describe(RefundMethod method) => method switch
    {
        RefundMethod.OriginalPayment => "your original payment method",
        RefundMethod.GiftCard => "a gift card",
        RefundMethod.StoreCredit => "store credit",
        _ => method.ToString(),
    };

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Either(IEnumerable<string> items) => Join(items.ToList(), "or");

    private static string Both(IEnumerable<string> items) => Join(items.ToList(), "and");

    private static string Join(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}",
    };
}
