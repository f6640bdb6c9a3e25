using System.Globalization;
using System.Text.Json.Nodes;

namespace Tailor.Store.Onboarding;

/// <summary>A new store's answers to <c>tailor init</c>: its terms, written into <see cref="StoreSettingsFile"/>.</summary>
public sealed record StoreSetup
{
    public required string Name { get; init; }
    public string Currency { get; init; } = "GBP";
    public string Locale { get; init; } = "en-GB";
    public string TimeZone { get; init; } = "Europe/London";
    /// <summary>Where the store's pages live: links in answers and on return labels start here.</summary>
    public string BaseUrl { get; init; } = "http://localhost:5000";
    public string SupportEmail { get; init; } = "";
    public IReadOnlyList<DeliveryOption> Delivery { get; init; } = [];
    public int ReturnWindowDays { get; init; } = 30;
    public decimal ReturnFee { get; init; }
    public decimal InternationalReturnFee { get; init; }
    public IReadOnlyList<ServiceHours> OpeningHours { get; init; } = [];
    /// <summary>One of the shipped voices: the tone the assistant starts in, copied into the data folder to edit.</summary>
    public string Voice { get; init; } = "warm";
    /// <summary>Origins of the store's own site, allowed to embed the chat widget.</summary>
    public IReadOnlyList<string> SiteOrigins { get; init; } = [];

    /// <summary>What is wrong with the answers, each naming the setting, so a scripted run can be fixed in one go.</summary>
    public IReadOnlyList<string> Validate(IReadOnlyCollection<string> voices)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Name)) errors.Add("name: the store needs a name.");
        if (!KnownCurrencies.Value.Contains(Currency))
            errors.Add($"currency: '{Currency}' is not an ISO 4217 currency code (GBP, EUR, USD…).");
        try { _ = CultureInfo.GetCultureInfo(Locale, predefinedOnly: true); }
        catch (CultureNotFoundException) { errors.Add($"locale: '{Locale}' is not a known locale (en-GB, fr-FR…)."); }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            errors.Add($"time-zone: '{TimeZone}' is not a time zone this machine knows (Europe/London…).");
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            errors.Add($"url: '{BaseUrl}' is not an http(s) address.");
        if (Delivery.Count == 0) errors.Add("delivery: give at least one country the store delivers to.");
        foreach (var duplicate in Delivery.GroupBy(d => d.Country, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add($"delivery: {duplicate.Key} is given twice.");
        if (ReturnWindowDays is < 0 or > 365) errors.Add("return-days: the return window is 0 to 365 days.");
        if (ReturnFee < 0 || InternationalReturnFee < 0) errors.Add("return-fee: fees cannot be negative.");
        if (!voices.Contains(Voice)) errors.Add($"voice: '{Voice}' is not one of {string.Join(", ", voices)}.");
        foreach (var origin in SiteOrigins)
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || uri.Scheme is not ("http" or "https"))
                errors.Add($"site-origin: '{origin}' is not an origin (https://shop.example, no path).");
        return errors;
    }

    /// <summary>The settings file's content: the store's terms under Tailor:Store, and no demo.</summary>
    public JsonObject ToSettings()
    {
        var store = new JsonObject
        {
            ["Name"] = Name.Trim(),
            ["BaseUrl"] = BaseUrl.TrimEnd('/'),
            ["Currency"] = Currency,
            ["Locale"] = Locale,
            ["TimeZone"] = TimeZone,
            ["OpeningHours"] = new JsonArray(OpeningHours.Select(h => (JsonNode)new JsonObject { ["Days"] = h.Days, ["Opens"] = h.Opens, ["Closes"] = h.Closes }).ToArray()),
            ["Shipping"] = new JsonArray(Delivery.Select(d => (JsonNode)d.ToJson()).ToArray()),
            ["Returns"] = new JsonObject
            {
                ["WindowDays"] = ReturnWindowDays,
                ["ExchangeWindowDays"] = ReturnWindowDays,
                ["ReturnFee"] = ReturnFee,
                ["InternationalReturnFee"] = InternationalReturnFee,
            },
        };
        if (!string.IsNullOrWhiteSpace(SupportEmail)) store["SupportEmail"] = SupportEmail.Trim();
        var tailor = new JsonObject
        {
            ["Store"] = store,
            // The one-click sign-in as a demo customer must never reach a real store.
            ["Demo"] = new JsonObject { ["SeedOnFirstRun"] = false, ["Storefront"] = false },
        };
        if (SiteOrigins.Count > 0)
            // Key "1": site 0 is the server's own pages in appsettings.json; an array here would merge into it index by index.
            tailor["Chat"] = new JsonObject
            {
                ["Sites"] = new JsonObject
                {
                    ["1"] = new JsonObject { ["Key"] = SiteKey, ["AllowedOrigins"] = new JsonArray(SiteOrigins.Select(o => (JsonNode)o.TrimEnd('/')).ToArray()) },
                },
            };
        return new JsonObject { ["Tailor"] = tailor };
    }

    /// <summary>The key the store's script tag names: its name as a slug.</summary>
    public string SiteKey => Slug.Of(Name) is { Length: > 0 } slug ? slug : "store";

    private static readonly Lazy<HashSet<string>> KnownCurrencies = new(() => CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .OfType<string>().ToHashSet(StringComparer.Ordinal));
}

/// <summary>Customer service hours for some days, local store time ("Monday to Friday", 09:00, 17:30).</summary>
public sealed record ServiceHours(string Days, string Opens, string Closes)
{
    /// <summary>Reads "Monday to Friday=09:00-17:30".</summary>
    public static ServiceHours? Parse(string text)
    {
        var (days, times) = text.Split('=', 2) is [var d, var t] ? (d.Trim(), t.Trim()) : ("", "");
        return times.Split('-', 2) is [var opens, var closes] && days.Length > 0
            && TimeOnly.TryParseExact(opens.Trim(), "HH:mm", out _) && TimeOnly.TryParseExact(closes.Trim(), "HH:mm", out _)
            ? new ServiceHours(days, opens.Trim(), closes.Trim())
            : null;
    }
}
