using Tailor.Assistant.Skills.Products;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Tests.Skills;

[Collection(DemoStoreCollection.Name)]
public sealed class ProductFactsReaderTests(DemoStoreDatabase demo)
{
    [Fact]
    public async Task Facts_are_the_catalog_data_of_the_product()
    {
        var product = demo.Store.Products.First(p => p.Reviews.Count > 5 && p.Variants.Any(v => v.Stock == 0) && p.Variants.Any(v => v.Stock > 0));

        var facts = await GetAsync(product.Handle);

        Assert.NotNull(facts);
        Assert.Equal((product.Title, product.Brand, product.Category, product.Gender, product.Care, product.FinalSale),
            (facts.Title, facts.Brand, facts.Category, facts.Gender, facts.Care, facts.FinalSale));
        Assert.Equal(product.Attributes.Material, facts.Attributes.Material);
        Assert.Equal($"/products/{product.Handle}", facts.Url);
        Assert.Equal(product.Images.OrderBy(i => i.Position).First().Url, facts.ImageUrl);
        Assert.Equal(product.Variants.Select(v => (v.Sku, v.Size, v.Color, v.Price, v.CompareAtPrice, v.Stock)),
            facts.Variants.Select(v => (v.Sku, v.Size, v.Color, v.Price, v.CompareAtPrice, v.Stock)));
        Assert.Equal(product.Variants.Where(v => v.Stock > 0).Select(v => v.Color).Distinct(), facts.ColorsInStock);
        foreach (var color in facts.SizesInStockByColor)
            Assert.Equal(product.Variants.Where(v => v.Color == color.Color && v.Stock > 0).Select(v => v.Size), color.Sizes);
        Assert.Equal(FitSummary.Of(product.Reviews), facts.Fit);
        Assert.Equal(product.MinPrice, facts.PriceFrom);
    }

    [Fact]
    public async Task Review_snippets_are_short_excerpts_of_the_longest_recent_reviews()
    {
        var product = demo.Store.Products.OrderByDescending(p => p.Reviews.Count).First();
        var recent = product.Reviews.OrderByDescending(r => r.CreatedAt).Take(10).ToList();

        var facts = await GetAsync(product.Handle);

        Assert.Equal(3, facts!.Reviews.Count);
        Assert.All(facts.Reviews, s => Assert.True(s.Text.Length <= 200, s.Text));
        Assert.All(facts.Reviews, s => Assert.Contains(recent, r => r.Text.StartsWith(s.Text.TrimEnd('…'), StringComparison.Ordinal)));
        var longest = recent.Max(r => r.Text.Length);
        Assert.StartsWith(facts.Reviews[0].Text.TrimEnd('…'), recent.First(r => r.Text.Length == longest).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_size_chart_is_the_one_for_the_category_and_gender()
    {
        var product = demo.Store.Products.First(p => p.Category == "dresses");
        var chart = demo.Store.SizeCharts.Single(c => c.Category == "dresses" && c.Gender == product.Gender && c.Brand is null);

        var facts = await GetAsync(product.Handle);

        Assert.NotNull(facts!.SizeChart);
        Assert.Equal(chart.Rows.Select(r => (r.Size, r.Chest, r.Waist, r.Hip)), facts.SizeChart.Rows.Select(r => (r.Size, r.Chest, r.Waist, r.Hip)));
    }

    [Fact]
    public async Task A_demo_product_that_runs_small_is_advised_one_size_up_from_the_usual_size()
    {
        var product = demo.Store.Products.First(p => p.Reviews.Count >= SizeAdvisor.MinimumReviewsForFit
            && FitSummary.Of(p.Reviews).Verdict == FitFeedback.Small && p.Variants.Select(v => v.Size).Distinct().Count() > 2);
        var sizes = product.Variants.Select(v => v.Size).Distinct().ToList();
        var facts = await GetAsync(product.Handle);

        var advice = new SizeAdvisor().Advise(facts!, new SizeAdviceRequest(UsualSize: sizes[0]));

        Assert.Equal((SizeAdviceOutcome.Suggested, sizes[0], sizes[1]), (advice.Outcome, advice.ChartSize, advice.Size));
        Assert.Equal(FitSummary.Of(product.Reviews).PercentSmall, advice.Adjustment?.Percent);
        Assert.Equal(product.Variants.Where(v => v.Size == sizes[1] && v.Stock > 0).Select(v => v.Color), advice.ColorsInStock);
    }

    [Fact]
    public async Task An_unknown_handle_has_no_facts()
    {
        Assert.Null(await GetAsync("no-such-product"));
    }

    [Fact]
    public void A_brand_chart_comes_before_the_store_chart_and_unisex_products_borrow_one()
    {
        SizeChart Chart(Gender gender, string? brand) => new() { Category = "sneakers", Gender = gender, Brand = brand, Rows = [new() { Size = brand ?? gender.ToString() }] };
        var charts = new[] { Chart(Gender.Women, null), Chart(Gender.Men, null), Chart(Gender.Men, "Northfold") };

        var branded = ProductFactsReader.ChartFor(charts, new Product { Handle = "a", Title = "A", Category = "sneakers", Gender = Gender.Men, Brand = "northfold" });
        var plain = ProductFactsReader.ChartFor(charts, new Product { Handle = "b", Title = "B", Category = "sneakers", Gender = Gender.Men, Brand = "Other" });
        var unisex = ProductFactsReader.ChartFor(charts, new Product { Handle = "c", Title = "C", Category = "sneakers", Gender = Gender.Unisex });

        Assert.Equal("Northfold", branded?.Brand);
        Assert.Equal("Men", plain?.Rows[0].Size);
        Assert.Equal(Gender.Women, unisex?.Gender);
    }

    private async Task<ProductFacts?> GetAsync(string handle)
    {
        await using var db = demo.Open();
        return await new ProductFactsReader(db, demo.Settings).GetAsync(handle, CancellationToken.None);
    }
}
