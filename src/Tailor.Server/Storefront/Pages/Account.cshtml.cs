using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Server.Storefront.Shopping;
using Tailor.Store.Persistence;

namespace Tailor.Server.Storefront.Pages;

/// <summary>The account page: one-click demo sign-in as the demo customer (where it is on), her details and orders with their status, sign out.</summary>
public sealed class AccountModel(DemoShopper shopper, DemoSignIn demo, TailorDbContext db) : StorefrontPage
{
    public override string WidgetPage => "account";
    public Customer? Customer { get; private set; }
    public IReadOnlyList<Order> Orders { get; private set; } = [];
    public bool DemoCustomerMissing { get; private set; }
    public bool DemoSignInOffered => demo.Enabled;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = "Your account";
        Customer = await shopper.CustomerAsync(ct);
        if (Customer is not null)
            Orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.CustomerId == Customer.Id)
                .OrderByDescending(o => o.PlacedAt).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostSignInAsync(CancellationToken ct)
    {
        if (!demo.Enabled) return NotFound();
        if (await shopper.SignInDemoCustomerAsync(ct)) return RedirectToPage();
        DemoCustomerMissing = true;
        await OnGetAsync(ct);
        return Page();
    }

    public IActionResult OnPostSignOut()
    {
        shopper.SignOut();
        return RedirectToPage();
    }

    /// <summary>"PartiallyReturned" → "Partially returned".</summary>
    public static string StatusText(OrderStatus status)
    {
        var words = string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        return words;
    }
}
