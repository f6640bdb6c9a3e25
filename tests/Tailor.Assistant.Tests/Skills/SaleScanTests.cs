using Tailor.Assistant.Skills.Search;
using Tailor.Domain.Promotions;

namespace Tailor.Assistant.Tests.Skills;

/// <summary>"Anything on sale?" is priced once per catalog snapshot and set of running offers, not at every turn.</summary>
[Collection(DemoStoreCollection.Name)]
public sealed class SaleScanTests(DemoStoreDatabase demo)
{
    private DateTimeOffset Now => demo.Time.GetUtcNow();

    private List<Promotion> Running => demo.Store.Promotions.Where(p => p.Code is null && p.IsActiveAt(Now)).ToList();

    [Fact]
    public async Task The_same_sale_question_on_the_same_snapshot_is_answered_from_the_first_scan()
    {
        var snapshot = await demo.Catalog.GetAsync(CancellationToken.None);

        var first = SaleScan.DeepestSavings(snapshot, "coats", Running, Now, 20);
        var again = SaleScan.DeepestSavings(snapshot, "coats", Running, Now.AddSeconds(30), 20);

        Assert.NotEmpty(first);
        Assert.Same(first, again);
    }

    [Fact]
    public async Task An_offer_that_stops_running_changes_the_answer()
    {
        var snapshot = await demo.Catalog.GetAsync(CancellationToken.None);
        // Coat Week runs in mid-March: without it, only marked-down coats are on sale.
        var withOffers = SaleScan.DeepestSavings(snapshot, "coats", Running, Now, 200);
        var markdownsOnly = SaleScan.DeepestSavings(snapshot, "coats", [], Now, 200);

        Assert.True(markdownsOnly.Count < withOffers.Count);
        Assert.Equal(SaleScan.DeepestSavings(snapshot, "coats", [], Now, 200), markdownsOnly);
    }
}
