using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Policies;

namespace Tailor.Tests.Import;

public sealed class PolicyImportTests
{
    [Fact]
    public async Task Policies_folder_imports_each_markdown_page_with_front_matter_or_defaults()
    {
        await using var store = await ImportTestStore.CreateAsync();

        var report = await store.Importer().ImportPoliciesAsync(ImportTestStore.FixturePath("policies"), CancellationToken.None);

        Assert.Equal((3, 0), (report.Created, report.Updated));
        Assert.Empty(report.Failed);
        await using var db = store.Open();
        var pages = await db.Policies.OrderBy(p => p.Slug).ToListAsync();
        Assert.Equal(
        [
            ("returns", "Returns & refunds", PolicyKind.Policy, "/pages/returns"),
            ("shipping", "Shipping questions", PolicyKind.Faq, "https://example-store.co.uk/pages/shipping-faq"),
            ("size-guide", "Size guide", PolicyKind.Policy, "/pages/size-guide"),
        ], pages.Select(p => (p.Slug, p.Title, p.Kind, p.Url)));
        Assert.StartsWith("# Returns and refunds\n\nYou can return unworn items within **30 days**", pages[0].Markdown);
        Assert.All(pages, p => Assert.Equal(ImportTestStore.Now, p.UpdatedAt));
    }

    [Fact]
    public async Task Reimporting_policies_changes_only_the_pages_that_changed()
    {
        var folder = Directory.CreateTempSubdirectory("tailor-policies-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(ImportTestStore.FixturePath("policies")))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            await using var store = await ImportTestStore.CreateAsync();
            await store.Importer().ImportPoliciesAsync(folder, CancellationToken.None);
            store.Time.Advance(TimeSpan.FromDays(7));
            await File.AppendAllTextAsync(Path.Combine(folder, "size-guide.md"), "\nSizes 16 and 18 arrive in the autumn.\n");

            var again = await store.Importer().ImportPoliciesAsync(folder, CancellationToken.None);

            Assert.Equal((0, 3), (again.Created, again.Updated));
            await using var db = store.Open();
            var updated = await db.Policies.ToDictionaryAsync(p => p.Slug, p => p.UpdatedAt);
            Assert.Equal(ImportTestStore.Now.AddDays(7), updated["size-guide"]);
            Assert.Equal(ImportTestStore.Now, updated["returns"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_page_without_a_title_or_with_an_unknown_kind_is_named()
    {
        var folder = Directory.CreateTempSubdirectory("tailor-policies-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "a-untitled.md"), "Just some text.\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "b-kind.md"), "---\nkind: blog\n---\n# News\n");
            await using var store = await ImportTestStore.CreateAsync();

            var report = await store.Importer().ImportPoliciesAsync(folder, CancellationToken.None);

            Assert.Equal(0, report.Created);
            Assert.Equal(
            [
                new Tailor.Store.Import.ImportError(1, "title", "a-untitled.md: is required, in the front matter or as a first '# heading'"),
                new Tailor.Store.Import.ImportError(2, "kind", "'blog' is not one of: policy, faq"),
            ], report.Failed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
