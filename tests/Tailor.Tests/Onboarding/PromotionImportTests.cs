using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Domain.Promotions;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Onboarding;

/// <summary>`tailor import promotions`: CSV or JSON, row-by-row report, upsert on code (or name when automatic).</summary>
public sealed class PromotionImportTests
{
    [Fact]
    public async Task Promotions_import_from_csv_report_bad_rows_and_a_json_file_updates_them_by_code()
    {
        using var store = new NewStore();
        Assert.Equal(0, (await store.RunAsync(["init", "--yes", .. NewStore.MaisonRouge])).Exit);

        var (exit, report) = await store.RunAsync("import", "promotions", NewStore.Fixture("Onboarding/promotions.csv"));
        Assert.Equal(1, exit);
        Assert.Contains("created 2, updated 0, failed 2", report);
        Assert.Contains("row 3, value: 150 is not a percentage between 0 and 100", report);
        Assert.Contains("row 4, stacking: 'combinable' cannot be honoured", report);

        var again = await store.RunAsync("import", "promotions", NewStore.Fixture("Onboarding/promotions.csv"));
        Assert.Contains("created 0, updated 2, failed 2", again.Output);

        var (jsonExit, jsonReport) = await store.RunAsync("import", "promotions", NewStore.Fixture("Onboarding/promotions.json"));
        Assert.True(jsonExit == 0, jsonReport);
        Assert.Contains("created 1, updated 1, failed 0", jsonReport);

        using var server = store.Start();
        await using var scope = server.Services.CreateAsyncScope();
        var promotions = await scope.ServiceProvider.GetRequiredService<TailorDbContext>().Promotions.OrderBy(p => p.Name).ToListAsync();
        Assert.Equal(["Knitwear week", "Scarf fiver", "Summer edit"], promotions.Select(p => p.Name));
        var summer = promotions.Single(p => p.Name == "Summer edit");
        Assert.Equal((DiscountKind.PercentOff, 20m, PromotionScope.Collection, "summer-edit", "summer15"), (summer.Kind, summer.Value, summer.Scope, summer.ScopeValue, summer.Code));
        Assert.Null(promotions.Single(p => p.Name == "Knitwear week").Code);
    }
}
