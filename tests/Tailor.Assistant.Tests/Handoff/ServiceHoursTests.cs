using Tailor.Assistant.Handoff;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Tests.Handoff;

public sealed class ServiceHoursTests
{
    private static readonly StoreSettings Store = new()
    {
        TimeZone = "Europe/London",
        OpeningHours =
        [
            new() { Days = "Monday to Friday", Opens = "08:00", Closes = "20:00" },
            new() { Days = "Saturday", Opens = "09:00", Closes = "18:00" },
        ],
    };

    [Theory]
    // Wednesday 25 November 2026 (GMT): open 08:00–20:00.
    [InlineData("2026-11-25T07:59:00Z", false)]
    [InlineData("2026-11-25T08:00:00Z", true)]
    [InlineData("2026-11-25T19:59:00Z", true)]
    [InlineData("2026-11-25T20:00:00Z", false)]
    // Saturday 28 November: 09:00–18:00; Sunday is not listed, so closed all day.
    [InlineData("2026-11-28T08:30:00Z", false)]
    [InlineData("2026-11-28T17:30:00Z", true)]
    [InlineData("2026-11-29T12:00:00Z", false)]
    // Wednesday 1 July 2026 (BST, UTC+1): 07:30 UTC is 08:30 in London.
    [InlineData("2026-07-01T07:30:00Z", true)]
    [InlineData("2026-07-01T19:30:00Z", false)]
    public void Opening_hours_are_read_in_the_stores_time_zone(string utc, bool open) =>
        Assert.Equal(open, ServiceHours.IsOpen(Store, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("Monday to Friday", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })]
    [InlineData("Saturday, Sunday", new[] { DayOfWeek.Saturday, DayOfWeek.Sunday })]
    [InlineData("Fri-Mon", new[] { DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Monday })]
    [InlineData("Saturday and Sunday", new[] { DayOfWeek.Saturday, DayOfWeek.Sunday })]
    public void Days_are_read_as_lists_and_ranges(string days, DayOfWeek[] expected) =>
        Assert.Equal(expected.Order(), ServiceHours.DaysOf(days).Order());

    [Fact]
    public void A_line_that_names_no_day_is_refused() =>
        Assert.Throws<FormatException>(() => ServiceHours.DaysOf("Weekdays"));
}
