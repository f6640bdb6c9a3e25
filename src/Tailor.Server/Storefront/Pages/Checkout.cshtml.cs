using Microsoft.AspNetCore.Mvc;
using Tailor.Domain.Customers;
using Tailor.Domain.Settings;
using Tailor.Server.Storefront.Shopping;

namespace Tailor.Server.Storefront.Pages;

/// <summary>
/// Checkout without payment (a demo): delivery address, the delivery options of StoreSettings.Shipping for the chosen
/// country, and the totals. Posting the form re-renders the totals for the chosen country and delivery option; the
/// address is posted rather than put in the address bar, where it would end up in logs and history.
/// </summary>
public sealed class CheckoutModel(CartPricing pricing, DemoShopper shopper, StoreSettings settings) : StorefrontPage
{
    public override string WidgetPage => "checkout";

    [BindProperty] public CheckoutForm Form { get; set; } = new();

    public PricedCart Bag { get; private set; } = new([], "");
    public IReadOnlyList<ShippingZone> Zones => settings.Shipping;
    public ShippingZone? Zone { get; private set; }
    public bool Express { get; private set; }
    public decimal StandardCost => Zone?.StandardCostFor(Bag.Subtotal) ?? 0;
    public decimal DeliveryCost => Express ? Zone?.ExpressCost ?? 0 : StandardCost;
    public decimal Total => Bag.Subtotal + DeliveryCost;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var customer = await shopper.CustomerAsync(ct);
        var address = customer?.Addresses.FirstOrDefault() ?? new Address { Name = customer?.FullName ?? "" };
        Form = new CheckoutForm
        {
            Name = address.Name, Email = customer?.Email, Line1 = address.Line1, Line2 = address.Line2, City = address.City,
            Postcode = address.PostalCode, Country = address.Country, Delivery = "standard",
        };
        await PriceAsync(ct);
    }

    public Task OnPostAsync(CancellationToken ct) => PriceAsync(ct);

    private async Task PriceAsync(CancellationToken ct)
    {
        Title = "Checkout";
        Bag = await pricing.PriceAsync(ct);
        Zone = settings.ZoneFor(Form.Country ?? "") ?? settings.Shipping.FirstOrDefault();
        Express = string.Equals(Form.Delivery, "express", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>What the shopper typed at checkout.</summary>
public sealed class CheckoutForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? Postcode { get; set; }
    public string? Country { get; set; }
    public string? Delivery { get; set; }
}
