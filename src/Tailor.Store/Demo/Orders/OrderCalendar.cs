using Tailor.Domain.Settings;

namespace Tailor.Store.Demo.Orders;

/// <summary>
/// When orders are placed (growing trade, a Christmas peak, evenings busier than mornings) and how long they take
/// to pay, pack and travel under the store's dispatch cut-off and each zone's delivery times.
/// </summary>
internal sealed class OrderCalendar(Random random, StoreSettings settings, DateTimeOffset now)
{
    public const int HistoryDays = 548;

    private static readonly (int Hour, double Weight)[] Hours =
    [
        (0, 1), (1, 0.5), (2, 0.3), (3, 0.2), (4, 0.2), (5, 0.3), (6, 0.8), (7, 1.5), (8, 2), (9, 2.5), (10, 3), (11, 3), (12, 4),
        (13, 4), (14, 3), (15, 3), (16, 3), (17, 3.5), (18, 4), (19, 5), (20, 6), (21, 6), (22, 4), (23, 2),
    ];

    private static readonly IReadOnlyList<(int, double)> HourWeights = Hours.Select(h => (h.Hour, h.Weight)).ToList();

    public DateTimeOffset PlacedAt()
    {
        while (true)
        {
            var daysAgo = random.Next(HistoryDays);
            var day = now.AddDays(-daysAgo - 1);
            // Trade grows over the period and peaks in November and December.
            var growth = 0.55 + 0.45 * (1 - daysAgo / (double)HistoryDays);
            var season = day.Month switch { 11 => 1.5, 12 => 1.7, 1 => 1.2, 6 or 7 => 1.15, 2 => 0.8, _ => 1.0 };
            if (random.NextDouble() * 1.7 > growth * season) continue;
            var hour = random.PickWeighted(HourWeights);
            return day.AddHours(hour).AddMinutes(random.Next(60)).AddSeconds(random.Next(60));
        }
    }

    /// <summary>The timeline of an order sent to <paramref name="zone"/>; cancellations happen before dispatch.</summary>
    public OrderTimeline Timeline(DateTimeOffset placedAt, ShippingZone zone, bool mayCancel = true)
    {
        var paidAt = placedAt.AddMinutes(random.Chance(0.05) ? random.Between(180, 720) : random.Between(2, 50));
        var dispatchAt = DispatchDay(paidAt).AddHours(random.Between(15.0, 18.5));
        var delayed = random.Chance(0.07);
        var transitDays = random.Between(zone.StandardDaysMin, Math.Max(zone.StandardDaysMin, zone.StandardDaysMax)) + (delayed ? random.Between(2, 4) : 0);
        var deliveryAt = dispatchAt.Date.AddDays(transitDays).AddHours(random.Between(8.5, 18.0));
        DateTimeOffset? cancelAt = mayCancel && random.Chance(0.045)
            ? placedAt + TimeSpan.FromTicks((long)((dispatchAt - placedAt).Ticks * random.Between(0.05, 0.9)))
            : null;
        return new OrderTimeline(placedAt, paidAt, dispatchAt, new DateTimeOffset(deliveryAt, TimeSpan.Zero), cancelAt, delayed);
    }

    // Paid before the cut-off on a working day: packed today; otherwise the next working day.
    private DateTimeOffset DispatchDay(DateTimeOffset paidAt)
    {
        var day = new DateTimeOffset(paidAt.Date, TimeSpan.Zero);
        if (paidAt.Hour >= settings.DispatchCutoffHour || random.Chance(0.08)) day = day.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return day;
    }
}
