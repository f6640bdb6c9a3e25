using Tailor.Domain.Settings;

namespace Tailor.Assistant.Skills.Products;

/// <summary>
/// Works out delivery dates from the store's shipping zones and dispatch cut-off, the way the shipping page
/// describes them: orders before the cut-off on a working day leave that day, later ones the next working day,
/// and delivery takes the zone's number of working days from dispatch.
/// </summary>
/// <remarks>
/// Working days are Monday to Friday in the store's time zone. The settings list no public holidays, so none are
/// skipped; the shipping page warns that holidays and sale periods can add a day.
/// </remarks>
public sealed class DeliveryEstimator(StoreSettings settings)
{
    /// <summary>The estimate for a country (ISO code such as "IE", "UK" for GB, or the zone's name), or null when the store does not deliver there.</summary>
    public DeliveryEstimate? Estimate(string countryCode, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        if (ZoneOf(countryCode.Trim()) is not { } zone) return null;

        var timeZone = StoreTimeZone();
        var local = TimeZoneInfo.ConvertTime(now, timeZone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var dispatch = IsWorkingDay(today) && local.Hour < settings.DispatchCutoffHour ? today : NextWorkingDay(today);
        var cutoff = dispatch.ToDateTime(new TimeOnly(Math.Clamp(settings.DispatchCutoffHour, 0, 23), 0));

        return new DeliveryEstimate(zone.Country, zone.Name, zone.Carrier, settings.Currency, zone.StandardCost, zone.FreeOver, zone.ExpressCost,
            dispatch, new DateTimeOffset(cutoff, timeZone.GetUtcOffset(cutoff)),
            AddWorkingDays(dispatch, zone.StandardDaysMin), AddWorkingDays(dispatch, zone.StandardDaysMax), AddWorkingDays(dispatch, zone.ExpressDays));
    }

    private ShippingZone? ZoneOf(string country) =>
        settings.ZoneFor(country)
        ?? (string.Equals(country, "UK", StringComparison.OrdinalIgnoreCase) ? settings.ZoneFor("GB") : null)
        ?? settings.Shipping.FirstOrDefault(z => string.Equals(z.Name, country, StringComparison.OrdinalIgnoreCase));

    // A misconfigured zone name should not stop the assistant: dates in UTC are off by an hour at most.
    private TimeZoneInfo StoreTimeZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }

    private static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static DateOnly NextWorkingDay(DateOnly day)
    {
        do day = day.AddDays(1); while (!IsWorkingDay(day));
        return day;
    }

    private static DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        for (var i = 0; i < workingDays; i++) day = NextWorkingDay(day);
        return day;
    }
}
