using Tailor.Assistant.Skills.Recommendations;
using Tailor.Domain.Catalog;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Tests.Recommendations;

[Collection(RecommendationStoreCollection.Name)]
public sealed class RecommendationTests(RecommendationStore store)
{
    private Product ProductOf(string handle) => store.Store.Products.Single(p => p.Handle == handle);

    private IEnumerable<Order> Purchases => store.Store.Orders.Where(o => o.Status != OrderStatus.Cancelled);

    [Fact]
    public async Task Personal_recommendations_beat_popularity_on_a_time_split_of_the_orders()
    {
        await using var db = store.Open();
        var report = await RecommendationEvaluation.RunAsync(db);

        Assert.True(report.Customers >= 30, report.ToMarkdown());
        Assert.True(report.Personal.MeanAveragePrecision >= 2 * report.Popularity.MeanAveragePrecision, report.ToMarkdown());
        Assert.True(report.Personal.Recall > report.Popularity.Recall, report.ToMarkdown());
        Assert.True(report.Personal.Coverage > report.Popularity.Coverage, report.ToMarkdown());
    }

    [Fact]
    public async Task Cheaper_alternatives_are_cheaper_and_of_the_same_kind_and_department()
    {
        var anchor = store.Store.Products.Where(p => p.InStock && p.Gender == Gender.Women)
            .GroupBy(p => p.Category).MaxBy(g => g.Count())!.MaxBy(p => p.Variants.Where(v => v.Stock > 0).Min(v => v.Price))!;
        var anchorPrice = anchor.Variants.Where(v => v.Stock > 0).Min(v => v.Price);

        var result = await store.RecommendAsync(new RecommendationRequest(RecommendationKind.Cheaper, anchor.Handle));

        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, item =>
        {
            Assert.NotEqual(anchor.Handle, item.Product.Handle);
            Assert.Equal(anchor.Category, item.Product.Category);
            Assert.Contains(item.Product.Gender, new[] { Gender.Women, Gender.Unisex });
            Assert.True(item.Product.Price < anchorPrice, $"{item.Product.Title} at {item.Product.Price} is not cheaper than {anchorPrice}");
            Assert.Equal(RecommendationReasonKind.CheaperThanAnchor, item.Reason.Kind);
        });
    }

    [Fact]
    public async Task Similar_items_are_of_the_same_kind_and_leave_out_the_anchor()
    {
        var anchor = store.Store.Products.First(p => p.InStock && p.Gender == Gender.Men);

        var result = await store.RecommendAsync(new RecommendationRequest(ProductHandle: anchor.Handle));

        Assert.Equal(RecommendationKind.Similar, result.Kind);
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, item =>
        {
            Assert.NotEqual(anchor.Handle, item.Product.Handle);
            Assert.Equal(anchor.Category, item.Product.Category);
            Assert.Contains(item.Product.Gender, new[] { Gender.Men, Gender.Unisex });
        });
    }

    [Fact]
    public async Task What_goes_with_a_product_was_bought_with_it_and_is_of_another_kind()
    {
        var pairs = Purchases.SelectMany(o => o.Lines.Select(l => l.ProductHandle).Distinct().Select(h => (Handle: h, Order: o))).ToList();
        var anchor = ProductOf(pairs.Where(p => p.Order.Lines.Count > 1).GroupBy(p => p.Handle).MaxBy(g => g.Count())!.Key);
        var boughtWith = Purchases.Where(o => o.Lines.Any(l => l.ProductHandle == anchor.Handle))
            .SelectMany(o => o.Lines.Select(l => l.ProductHandle)).ToHashSet();

        var result = await store.RecommendAsync(new RecommendationRequest(RecommendationKind.BoughtTogether, anchor.Handle, Count: 8));

        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, item => Assert.NotEqual(anchor.Category, item.Product.Category));
        var first = result.Items[0];
        Assert.Equal(RecommendationReasonKind.BoughtWithAnchor, first.Reason.Kind);
        Assert.Equal(anchor.Title, first.Reason.Value);
        Assert.Contains(first.Product.Handle, boughtWith);
    }

    [Fact]
    public async Task Personal_recommendations_leave_out_what_the_customer_owns_and_keep_to_their_department()
    {
        var customer = Loyal(consented: true);
        var owned = Purchases.Where(o => o.Email == customer.Email).SelectMany(o => o.Lines).Select(l => l.ProductHandle).ToHashSet();

        var result = await store.RecommendAsync(new RecommendationRequest(CustomerId: customer.ExternalId));

        Assert.Equal(RecommendationKind.Personal, result.Kind);
        Assert.True(result.Personalised);
        Assert.Equal(12, result.Items.Count);
        Assert.All(result.Items, item => Assert.DoesNotContain(item.Product.Handle, owned));
        Assert.DoesNotContain(result.Items, item => item.Product.Gender == Gender.Kids);
        // Spread over kinds: no category fills the page.
        Assert.True(result.Items.GroupBy(i => i.Product.Category).Max(g => g.Count()) <= 8);
    }

    [Fact]
    public async Task A_customer_who_did_not_consent_is_recommended_to_as_a_guest()
    {
        var customer = Loyal(consented: false);

        var theirs = await store.RecommendAsync(new RecommendationRequest(CustomerId: customer.ExternalId));
        var guest = await store.RecommendAsync(new RecommendationRequest());

        Assert.False(theirs.Personalised);
        Assert.Equal(RecommendationKind.Trending, theirs.Kind);
        Assert.Equal(guest.Items.Select(i => i.Product.Handle), theirs.Items.Select(i => i.Product.Handle));
    }

    [Fact]
    public async Task Stated_size_colour_and_budget_hold_for_every_product_offered()
    {
        var stated = new CustomerPreferences { Sizes = ["M"], DislikedColors = ["black"], Budget = 60m };

        var result = await store.RecommendAsync(new RecommendationRequest(Preferences: stated, Department: Gender.Women, Count: 24));

        Assert.True(result.Personalised);
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, item =>
        {
            var product = ProductOf(item.Product.Handle);
            if (product.Variants.Any(v => v.Size == "M")) Assert.Contains("M", item.Product.SizesInStock);
            Assert.Contains(product.Variants, v => v.Stock > 0 && ColorFamilies.FamilyOf(v.Color) != "black" && v.Price <= 66m);
            Assert.NotEqual(Gender.Kids, item.Product.Gender);
        });
    }

    [Fact]
    public async Task An_unknown_product_gives_an_empty_list()
    {
        var result = await store.RecommendAsync(new RecommendationRequest(RecommendationKind.Similar, "no-such-product"));

        Assert.Empty(result.Items);
    }

    // A customer with several orders, who did or did not consent to personalisation.
    private Customer Loyal(bool consented) => store.Store.Customers
        .Where(c => c.Consents.Personalization == consented && c.ExternalId != "cus_000001")
        .MaxBy(c => Purchases.Count(o => o.Email == c.Email))!;
}
