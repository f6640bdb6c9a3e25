using System.Globalization;
using Tailor.Assistant.Respond;
using Tailor.Domain.Settings;

namespace Tailor.Server.Storefront;

/// <summary>Money and dates as the store writes them: its locale and time zone, the same money format the assistant uses.</summary>
public sealed class StoreFormatting(StoreSettings settings)
{
    private readonly CultureInfo culture = CultureInfo.GetCultureInfo(settings.Locale);
    private readonly TimeZoneInfo zone = FindZone(settings.TimeZone);

    public CultureInfo Culture => culture;

    public string Money(decimal amount) => ConstraintsDescriber.Money(amount, culture);

    public string Date(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMM yyyy", culture);

    private static TimeZoneInfo FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
