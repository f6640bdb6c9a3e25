using System.Text.RegularExpressions;
using Tailor.Domain.Policies;
using Tailor.Domain.Settings;
using Tailor.Store.Demo;
using Tailor.Store.Demo.Policies;

namespace Tailor.Tests.Demo;

public sealed class DemoPolicyTests(DemoStoreFixture fixture) : IClassFixture<DemoStoreFixture>
{
    private List<PolicyDocument> Write(StoreSettings settings) => PolicyWriter.Write(settings, fixture.Store.SizeCharts, DemoStoreFixture.Today);

    [Fact]
    public void The_store_has_policy_and_faq_pages_for_what_shoppers_ask()
    {
        var slugs = fixture.Store.Policies.Select(p => p.Slug).ToList();

        Assert.True(slugs.Count >= 15);
        Assert.Subset(new HashSet<string>(slugs), new HashSet<string>
        {
            "shipping-and-delivery", "returns", "exchanges", "refunds", "payment-methods", "size-guide", "care", "gift-cards", "price-match",
            "privacy", "contact-and-opening-hours", "order-changes-and-cancellations", "international", "loyalty", "faq-orders", "faq-sizing",
        });
        Assert.Contains(fixture.Store.Policies, p => p.Kind == PolicyKind.Faq);
        Assert.All(fixture.Store.Policies, p => Assert.Equal($"/pages/{p.Slug}", p.Url));
        Assert.All(fixture.Store.Policies, p => Assert.StartsWith("# ", p.Markdown));
    }

    [Fact]
    public void Pages_quote_the_figures_in_the_settings()
    {
        var settings = new StoreSettings();
        var pages = fixture.Store.Policies.ToDictionary(p => p.Slug);

        Assert.Contains($"{settings.Returns.WindowDays} days", pages["returns"].Markdown);
        Assert.Contains($"{settings.PriceMatchDays} days", pages["price-match"].Markdown);
        Assert.All(settings.Shipping, zone => Assert.Contains(zone.Carrier, pages["shipping-and-delivery"].Markdown));
        Assert.All(settings.Returns.ExcludedCategories, category => Assert.Contains(category, pages["returns"].Markdown));
        Assert.All(settings.OpeningHours, hours => Assert.Contains(hours.Opens, pages["contact-and-opening-hours"].Markdown));
        Assert.DoesNotContain(fixture.Store.Policies, p => p.Markdown.Contains("{{") || p.Title.Contains("{{"));
    }

    [Fact]
    public void Changing_the_return_window_changes_the_pages()
    {
        var settings = new StoreSettings();
        settings.Returns.WindowDays = 45;
        settings.Returns.ExcludedCategories = ["swimwear"];
        settings.Shipping[0].StandardCost = 4.50m;

        var pages = Write(settings).ToDictionary(p => p.Slug);

        Assert.Contains("**45 days**", pages["returns"].Markdown);
        Assert.DoesNotContain("30 days", pages["returns"].Markdown);
        Assert.DoesNotContain("jewellery", pages["returns"].Markdown);
        Assert.Contains("£4.50", pages["shipping-and-delivery"].Markdown);
        Assert.NotEqual(fixture.Store.Policies.Single(p => p.Slug == "faq-returns").Markdown, pages["faq-returns"].Markdown);
    }

    [Fact]
    public void Templates_hold_no_figures_of_their_own()
    {
        foreach (var template in PolicyWriter.Templates())
        {
            var text = PolicyTemplate.Placeholder().Replace(template.Body, "");
            text = Regex.Replace(text, @"^\d+\. ", "", RegexOptions.Multiline);
            Assert.False(Regex.IsMatch(text, @"\d"), $"'{template.Slug}' has a figure that should come from the settings: {Regex.Match(text, @".{0,30}\d.{0,30}").Value}");
        }
    }
}
