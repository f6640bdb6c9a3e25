using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Tests.Search;

public sealed class ProductSearchTextTests(SearchStore store) : IClassFixture<SearchStore>
{
    // Words no demo product uses, so each test knows exactly which products they can find.
    private const string Feed = """
        { "products": [
          { "handle": "quillon-wrap-dress", "title": "Quillon Wrap Dress", "brand": "Testwell", "category": "dresses",
            "description": "A wrap dress for warm days.",
            "variants": [{ "sku": "QWD-S", "size": "S", "color": "navy", "price": 60, "stock": 4 }] },
          { "handle": "plain-day-dress", "title": "Plain Day Dress", "brand": "Testwell", "category": "dresses",
            "description": "Its buckle is shaped like a quillon, the cross-guard of a sword.",
            "variants": [{ "sku": "PDD-S", "size": "S", "color": "navy", "price": 55, "stock": 4 }] },
          { "handle": "zoetrope-scarf", "title": "Zoetrope Scarf", "brand": "Testwell", "category": "scarves",
            "variants": [{ "sku": "ZS-1", "size": "One Size", "color": "red", "price": 25, "stock": 9 }] }
        ] }
        """;

    [Fact]
    public async Task A_product_with_the_word_in_its_title_ranks_above_one_with_it_only_in_the_description()
    {
        await ImportFeedAsync();

        var result = await store.SearchAsync(new SearchConstraints { Terms = ["quillon"] });

        Assert.Equal(["quillon-wrap-dress", "plain-day-dress"], result.Products.Select(m => m.Handle));
        Assert.True(result.Products[0].Score > result.Products[1].Score);
        Assert.Contains("quillon", result.Products[0].Reasons);
        Assert.False(result.Relaxed);
    }

    [Fact]
    public async Task When_no_product_has_every_word_products_with_any_of_them_are_offered_and_the_result_says_so()
    {
        await ImportFeedAsync();

        var relaxed = await store.SearchAsync(new SearchConstraints { Terms = ["quillon", "zoetrope"] });
        var strict = await store.SearchAsync(new SearchConstraints { Terms = ["quillon", "wrap"] });

        Assert.True(relaxed.Relaxed);
        Assert.Equal(["plain-day-dress", "quillon-wrap-dress", "zoetrope-scarf"], relaxed.Products.Select(m => m.Handle).Order());
        Assert.False(strict.Relaxed);
        Assert.Equal(["quillon-wrap-dress"], strict.Products.Select(m => m.Handle));
    }

    [Fact]
    public async Task Words_order_the_products_the_filters_admit_without_removing_any()
    {
        await ImportFeedAsync();

        var filtered = await store.SearchAsync(new SearchConstraints { MaxPrice = 58 });
        var result = await store.SearchAsync(new SearchConstraints { Terms = ["quillon"], MaxPrice = 58 });

        Assert.Equal("plain-day-dress", result.Products[0].Handle);
        Assert.Equal(filtered.Total, result.Total);
        Assert.DoesNotContain(result.Products, m => m.Handle == "quillon-wrap-dress");   // 60, over the budget
    }

    [Theory]
    [InlineData("dress OR NOT\"*")]
    [InlineData("title:quillon")]
    [InlineData("NEAR(quillon wrap, 2)")]
    [InlineData("quillon^ -wrap")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("(")]
    [InlineData("AND")]
    [InlineData("'; DROP TABLE Products; --")]
    public async Task Search_syntax_in_the_shoppers_words_is_read_as_plain_words(string words)
    {
        await ImportFeedAsync();

        var result = await store.SearchAsync(new SearchConstraints { Terms = [words] });

        if (words.Contains("quillon")) Assert.Contains(result.Products, m => m.Handle == "quillon-wrap-dress");
        await using var db = store.Open();
        Assert.True(await db.Products.AnyAsync());
    }

    [Fact]
    public async Task An_imported_and_then_renamed_product_is_found_by_its_current_words_after_invalidate()
    {
        await store.ImportAsync(Shirt("Xylograph Shirt"));
        store.Catalog.Invalidate();
        var imported = await store.SearchAsync(new SearchConstraints { Terms = ["xylograph"] });

        await store.ImportAsync(Shirt("Marquetry Shirt"));
        store.Catalog.Invalidate();
        var oldName = await store.SearchAsync(new SearchConstraints { Terms = ["xylograph"] });
        var newName = await store.SearchAsync(new SearchConstraints { Terms = ["marquetry"] });

        await using (var db = store.Open())
            await db.Products.Where(p => p.Handle == "craft-shirt").ExecuteDeleteAsync();
        var deleted = await store.SearchAsync(new SearchConstraints { Terms = ["marquetry"] });

        Assert.Equal(["craft-shirt"], imported.Products.Select(m => m.Handle));
        Assert.Empty(oldName.Products);
        Assert.Equal("Marquetry Shirt", Assert.Single(newName.Products).Title);
        Assert.Empty(deleted.Products);
    }

    [Fact]
    public async Task A_new_product_is_found_without_invalidate_once_the_catalog_check_has_run()
    {
        await store.SearchAsync(new SearchConstraints());   // a snapshot without the new product
        await store.ImportAsync("""
            [{ "handle": "gossamer-shawl", "title": "Gossamer Shawl", "category": "scarves",
               "variants": [{ "sku": "GS-1", "size": "One Size", "color": "ivory", "price": 30, "stock": 5 }] }]
            """);

        store.Clock.Advance(CatalogSnapshotCache.CheckInterval);
        var found = await Eventually(() => store.SearchAsync(new SearchConstraints { Terms = ["gossamer"] }), r => r.Products.Count == 1);

        Assert.Equal("gossamer-shawl", found.Products[0].Handle);
    }

    [Fact]
    public async Task A_brand_added_by_an_import_is_recognised_once_the_catalog_check_has_run()
    {
        await store.Recognizers.EnsureLoadedAsync(CancellationToken.None);
        await store.SearchAsync(new SearchConstraints());
        Assert.Empty(store.Recognizers.Current.Recognize("anything by zephyrine atelier").Constraints.Brands);

        await store.ImportAsync("""
            [{ "handle": "zephyrine-wrap", "title": "Wrap Top", "brand": "Zephyrine Atelier", "category": "shirts",
               "variants": [{ "sku": "ZA-1", "size": "M", "color": "ivory", "price": 45, "stock": 3 }] }]
            """);
        store.Clock.Advance(CatalogSnapshotCache.CheckInterval);
        await Eventually(() => store.SearchAsync(new SearchConstraints { Terms = ["zephyrine"] }), r => r.Products.Count == 1);
        await store.Recognizers.Rebuilding;

        Assert.Equal(["zephyrine atelier"], store.Recognizers.Current.Recognize("anything by zephyrine atelier").Constraints.Brands);
    }

    [Fact]
    public async Task Searches_running_while_the_snapshot_reloads_all_complete()
    {
        await ImportFeedAsync();
        // With a size the word only orders the products in that size; without, it decides what matches.
        var inSizeS = (await store.SearchAsync(new SearchConstraints { Size = "S" })).Total;
        var searches = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                if (worker == 0 && i % 5 == 0) store.Catalog.Invalidate();
                var result = await store.SearchAsync(new SearchConstraints { Terms = ["quillon"], Size = i % 2 == 0 ? "S" : null });
                Assert.Equal(i % 2 == 0 ? inSizeS : 2, result.Total);
            }
        }));

        await Task.WhenAll(searches);
    }

    [Fact]
    public async Task The_index_is_refilled_when_it_lost_track_of_the_products()
    {
        await ImportFeedAsync();
        await using var db = store.Open();
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? $"DELETE FROM {ProductSearchIndex.Table}"
            : $"INSERT INTO {ProductSearchIndex.Table}({ProductSearchIndex.Table}) VALUES ('delete-all')");
        var lost = await store.SearchAsync(new SearchConstraints { Terms = ["zoetrope"] });

        await ProductSearchIndex.EnsureAsync(db, CancellationToken.None);
        await ProductSearchIndex.EnsureAsync(db, CancellationToken.None);
        store.Catalog.Invalidate();   // the snapshot remembers what its words matched
        var found = await store.SearchAsync(new SearchConstraints { Terms = ["zoetrope"] });

        Assert.Empty(lost.Products);
        Assert.Equal(["zoetrope-scarf"], found.Products.Select(m => m.Handle));
        var counts = await db.Database.SqlQueryRaw<long>(
            $"SELECT count(*) AS Value FROM {ProductSearchIndex.Table} UNION ALL SELECT count(*) FROM Products").ToListAsync();
        Assert.Equal(counts[1], counts[0]);
    }

    // The catalog check and reload run in the background; a search returns at once with the snapshot it has.
    private static async Task<ProductSearchResult> Eventually(Func<Task<ProductSearchResult>> search, Func<ProductSearchResult, bool> done)
    {
        var result = await search();
        for (var attempt = 0; attempt < 100 && !done(result); attempt++)
        {
            await Task.Delay(50);
            result = await search();
        }
        return result;
    }

    private async Task ImportFeedAsync()
    {
        await store.ImportAsync(Feed);
        store.Catalog.Invalidate();
    }

    private static string Shirt(string title) => $$"""
        [{ "handle": "craft-shirt", "title": "{{title}}", "brand": "Testwell", "category": "shirts",
           "variants": [{ "sku": "CS-M", "size": "M", "color": "white", "price": 40, "stock": 3 }] }]
        """;
}
