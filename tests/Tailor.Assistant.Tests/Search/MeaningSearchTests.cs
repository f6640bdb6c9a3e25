using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Tests.Search;

/// <summary>Search with product vectors: the meaning of words the store's vocabulary lacks, and how vectors are kept.</summary>
public sealed class MeaningSearchTests(MeaningSearchStore store) : IClassFixture<MeaningSearchStore>
{
    [Fact]
    public async Task Comfy_jeans_in_a_size_finds_the_jeans_in_that_size()
    {
        await store.Recognizers.EnsureLoadedAsync(CancellationToken.None);
        var size = await CommonJeansSizeAsync();
        var asked = store.Recognizers.Current.Recognize($"comfy jeans in size {size}").Constraints;

        var result = await store.SearchAsync(asked);
        var plain = await store.SearchAsync(asked with { Terms = [] });

        Assert.Contains("comfy", asked.Terms);
        Assert.True(plain.Total > 0);
        Assert.Equal(plain.Total, result.Total);
        Assert.All(result.Products, m => Assert.Equal("jeans", m.Category));
        Assert.All(result.Products, m => Assert.Contains(m.SizesInStock, s => s == size));
    }

    [Fact]
    public async Task Meaning_ranks_the_filtered_products_by_a_word_bm25_does_not_know()
    {
        var constraints = new SearchConstraints { Terms = ["cosy"], Category = "knitwear" };

        var words = await store.SearchAsync(constraints, SearchSignals.Words, 50);
        var hybrid = await store.SearchAsync(constraints, SearchSignals.Hybrid, 50);

        Assert.True(store.Vectors.IsAvailable);
        Assert.Equal(words.Total, hybrid.Total);
        Assert.NotEqual(words.Products.Select(m => m.Handle), hybrid.Products.Select(m => m.Handle));
    }

    [Fact]
    public async Task With_no_hard_filter_a_word_matches_by_meaning_above_the_floor_only()
    {
        var asked = new SearchConstraints { Terms = ["hoodie", "cosy"] };
        var words = await store.SearchAsync(asked, SearchSignals.Words);
        var hybrid = await store.SearchAsync(asked, SearchSignals.Hybrid);
        var everything = await store.SearchAsync(new SearchConstraints());

        Assert.True(hybrid.Total > words.Total, $"{hybrid.Total} with meaning, {words.Total} with words alone");
        Assert.True(hybrid.Total <= everything.Total / 4, $"{hybrid.Total} of {everything.Total} products matched: the floor admits too many");
    }

    [Fact]
    public async Task Vectors_are_rebuilt_only_for_products_whose_text_changed()
    {
        var unchanged = await store.Vectors.BuildAsync(CancellationToken.None);
        await using (var db = store.Open())
        {
            var product = await db.Products.OrderBy(p => p.Id).FirstAsync();
            product.Title = "Renamed " + product.Title;
            product.UpdatedAt = product.UpdatedAt.AddMinutes(1);   // a stock-like edit alone would not change the text
            await db.SaveChangesAsync();
        }
        var changed = await store.Vectors.BuildAsync(CancellationToken.None);
        var again = await store.Vectors.BuildAsync(CancellationToken.None);

        Assert.Equal(0, unchanged.Encoded);
        Assert.Equal(1, changed.Encoded);
        Assert.Equal(0, again.Encoded);
        Assert.Equal(changed.Products, store.Vectors.Current.Count);
    }

    private async Task<string> CommonJeansSizeAsync()
    {
        await using var db = store.Open();
        return await db.Variants.Where(v => v.Product!.Category == "jeans" && v.Stock > 0)
            .GroupBy(v => v.Size).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
    }
}
