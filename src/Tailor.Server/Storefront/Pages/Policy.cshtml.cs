using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tailor.Server.Policies;
using Tailor.Store.Persistence;

namespace Tailor.Server.Storefront.Pages;

/// <summary>A policy or FAQ page at /pages/{slug}: where the assistant's citations link to.</summary>
public sealed class PolicyModel(TailorDbContext db) : StorefrontPage
{
    [FromRoute] public string Slug { get; set; } = "";
    public string Html { get; private set; } = "";

    public override string WidgetPage => "home";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var policy = await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == Slug, ct);
        if (policy is null) return NotFound();
        Title = policy.Title;
        Html = PolicyMarkdown.ToHtml(policy.Markdown);
        return Page();
    }
}
