using Tailor.Assistant.Skills.Products;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Tests.Skills;

public sealed class DeliveryEstimatorTests
{
    private static readonly StoreSettings Settings = new();
    private readonly DeliveryEstimator estimator = new(Settings);

    // 14 March 2025 is a Friday; London is on GMT until 30 March.
    private static DateTimeOffset London(int day, int hour, int minute = 0) => new(2025, 3, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void An_order_before_the_cutoff_on_a_working_day_leaves_that_day()
    {
        var estimate = estimator.Estimate("GB", London(14, Settings.DispatchCutoffHour - 1, 59));

        Assert.NotNull(estimate);
        Assert.Equal(new DateOnly(2025, 3, 14), estimate.DispatchDate);
        Assert.Equal(new DateOnly(2025, 3, 18), estimate.EarliestStandard); // 2 working days: Monday, Tuesday
        Assert.Equal(new DateOnly(2025, 3, 20), estimate.LatestStandard);   // 4 working days
        Assert.Equal(new DateOnly(2025, 3, 17), estimate.Express);          // 1 working day
        Assert.Equal(London(14, Settings.DispatchCutoffHour), estimate.OrderBy);
    }

    [Fact]
    public void An_order_after_the_cutoff_on_a_friday_leaves_on_monday()
    {
        var estimate = estimator.Estimate("GB", London(14, Settings.DispatchCutoffHour, 1));

        Assert.Equal(new DateOnly(2025, 3, 17), estimate?.DispatchDate);
        Assert.Equal(new DateOnly(2025, 3, 19), estimate?.EarliestStandard);
        Assert.Equal(new DateOnly(2025, 3, 21), estimate?.LatestStandard);
        Assert.Equal(new DateOnly(2025, 3, 18), estimate?.Express);
    }

    [Fact]
    public void A_weekend_order_leaves_on_monday()
    {
        Assert.Equal(new DateOnly(2025, 3, 17), estimator.Estimate("GB", London(15, 9))?.DispatchDate);
        Assert.Equal(new DateOnly(2025, 3, 17), estimator.Estimate("GB", London(16, 9))?.DispatchDate);
    }

    [Fact]
    public void The_cutoff_is_in_the_store_time_zone()
    {
        // 13:30 UTC on a July Wednesday is 14:30 in London (BST): past the 14:00 cut-off.
        var estimate = estimator.Estimate("GB", new DateTimeOffset(2025, 7, 16, 13, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 7, 17), estimate?.DispatchDate);
        Assert.Equal(new DateTimeOffset(2025, 7, 17, 14, 0, 0, TimeSpan.FromHours(1)), estimate?.OrderBy);
    }

    [Fact]
    public void Costs_and_carrier_come_from_the_zone_and_uk_means_great_britain()
    {
        var ireland = Settings.ZoneFor("IE")!;

        var estimate = estimator.Estimate("ie", London(10, 9));
        var uk = estimator.Estimate("UK", London(10, 9));
        var byName = estimator.Estimate("Ireland", London(10, 9));

        Assert.Equal((ireland.Name, ireland.Carrier, ireland.StandardCost, ireland.FreeOver, ireland.ExpressCost),
            (estimate?.ZoneName, estimate?.Carrier, estimate?.StandardCost, estimate?.FreeOver, estimate?.ExpressCost));
        Assert.Equal(new DateOnly(2025, 3, 13), estimate?.EarliestStandard); // Monday + 3 working days
        Assert.Equal(new DateOnly(2025, 3, 17), estimate?.LatestStandard);   // + 5 working days, over the weekend
        Assert.Equal("GB", uk?.Country);
        Assert.Equal("IE", byName?.Country);
    }

    [Fact]
    public void A_country_the_store_does_not_deliver_to_has_no_estimate()
    {
        Assert.Null(estimator.Estimate("CA", London(10, 9)));
    }
}
