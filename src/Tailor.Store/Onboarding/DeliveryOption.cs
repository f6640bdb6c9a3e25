using System.Globalization;
using System.Text.Json.Nodes;

namespace Tailor.Store.Onboarding;

/// <summary>How the store delivers to one country: carrier, standard and express cost and days, free delivery threshold.</summary>
public sealed record DeliveryOption(
    string Country, string CountryName, string Carrier, decimal StandardCost, int StandardDaysMin, int StandardDaysMax,
    decimal? ExpressCost, int? ExpressDays, decimal? FreeOver)
{
    public const string Format = "COUNTRY|carrier|standard cost|days min-max[|express cost|express days][|free over]";

    /// <summary>Reads "GB|Royal Mail|3.95|2-4|6.95|1|50" (express and the threshold optional); null with a reason when it cannot.</summary>
    public static DeliveryOption? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('|').Select(p => p.Trim()).ToArray();
        if (parts.Length is not (4 or 5 or 6 or 7)) return Fail($"'{text}' is not {Format}.", out error);
        RegionInfo region;
        try { region = new RegionInfo(parts[0].ToUpperInvariant()); }
        catch (ArgumentException) { return Fail($"'{parts[0]}' is not a country code (GB, IE, US…).", out error); }
        if (parts[0].Length != 2) return Fail($"'{parts[0]}' is not a two-letter country code.", out error);
        if (!Money(parts[2], out var standard)) return Fail($"'{parts[2]}' is not a cost.", out error);
        if (parts[3].Split('-') is not [var min, var max] || !int.TryParse(min, out var daysMin) || !int.TryParse(max, out var daysMax) || daysMin > daysMax || daysMin < 0)
            return Fail($"'{parts[3]}' is not a range of days like 2-4.", out error);
        decimal? express = null, freeOver = null;
        int? expressDays = null;
        if (parts.Length >= 6 && parts[4].Length > 0)
        {
            if (!Money(parts[4], out var cost) || !int.TryParse(parts[5], out var days) || days < 0)
                return Fail($"'{parts[4]}|{parts[5]}' is not an express cost and days.", out error);
            (express, expressDays) = (cost, days);
        }
        var threshold = parts.Length switch { 5 => parts[4], 7 => parts[6], _ => "" };
        if (threshold.Length > 0)
        {
            if (!Money(threshold, out var free)) return Fail($"'{threshold}' is not a free delivery threshold.", out error);
            freeOver = free;
        }
        return new DeliveryOption(region.TwoLetterISORegionName, region.EnglishName, parts[1], standard, daysMin, daysMax, express, expressDays, freeOver);
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["Country"] = Country,
            ["Name"] = CountryName,
            ["Carrier"] = Carrier,
            ["StandardCost"] = StandardCost,
            ["StandardDaysMin"] = StandardDaysMin,
            ["StandardDaysMax"] = StandardDaysMax,
            ["ExpressCost"] = ExpressCost ?? 0,
            ["ExpressDays"] = ExpressDays ?? 0,
        };
        if (FreeOver is { } free) json["FreeOver"] = free;
        return json;
    }

    private static bool Money(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value) && value >= 0;

    private static DeliveryOption? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }
}
