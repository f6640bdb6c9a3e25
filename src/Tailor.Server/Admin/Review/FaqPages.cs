using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Policies;
using Tailor.Store;
using Tailor.Store.Persistence;

namespace Tailor.Server.Admin.Review;

/// <summary>New FAQ pages written from the review queue: the shopper's question as the heading, the operator's answer below.</summary>
public static class FaqPages
{
    public static async Task<PolicyDocument> AddAsync(TailorDbContext db, string title, string question, string answer, TimeProvider time, CancellationToken ct)
    {
        var slug = Slug.Of(title);
        // A second page with the same title gets a number rather than overwriting the first.
        for (var n = 2; await db.Policies.AnyAsync(p => p.Slug == slug, ct); n++) slug = $"{Slug.Of(title)}-{n}";
        var page = new PolicyDocument
        {
            Slug = slug,
            Title = title.Trim(),
            Kind = PolicyKind.Faq,
            Url = $"/pages/{slug}",
            Markdown = $"# {title.Trim()}\n\n## {question.Trim()}\n\n{answer.Trim()}\n",
            UpdatedAt = time.GetUtcNow(),
        };
        db.Policies.Add(page);
        await db.SaveChangesAsync(ct);
        return page;
    }
}
