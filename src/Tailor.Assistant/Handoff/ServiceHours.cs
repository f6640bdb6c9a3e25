using System.Globalization;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Handoff;

/// <summary>
/// Whether customer service is open now, read from StoreSettings.OpeningHours ("Monday to Friday", "Saturday",
/// "Saturday, Sunday" with "08:00"–"20:00") in the store's time zone.
/// </summary>
public static class ServiceHours
{
    public static bool IsOpen(StoreSettings settings, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone));
        var time = TimeOnly.FromDateTime(local.DateTime);
        return settings.OpeningHours.Any(h => DaysOf(h.Days).Contains(local.DayOfWeek)
            && time >= Parse(h.Opens) && time < Parse(h.Closes));
    }

    /// <summary>The days a line covers: names separated by commas, "and" or "&amp;", and ranges written "Monday to Friday" or "Monday-Friday".</summary>
    public static IReadOnlySet<DayOfWeek> DaysOf(string days)
    {
        var covered = new HashSet<DayOfWeek>();
        foreach (var piece in days.Split([',', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                     .SelectMany(p => p.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var ends = piece.Split([" to ", "-", "–"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var first = Day(ends[0]);
            var last = Day(ends[^1]);
            for (var day = first; ; day = (DayOfWeek)(((int)day + 1) % 7))
            {
                covered.Add(day);
                if (day == last) break;
            }
        }
        return covered;
    }

    // "Mon", "monday" and "Monday" all name Monday.
    private static DayOfWeek Day(string name)
    {
        var start = name.Trim();
        foreach (var day in Enum.GetValues<DayOfWeek>())
            if (start.Length >= 3 && day.ToString().StartsWith(start[..3], StringComparison.OrdinalIgnoreCase)) return day;
        throw new FormatException($"'{name}' in Tailor:Store:OpeningHours is not a day of the week.");
    }

    private static TimeOnly Parse(string time) => TimeOnly.ParseExact(time.Trim(), "HH:mm", CultureInfo.InvariantCulture);
}
