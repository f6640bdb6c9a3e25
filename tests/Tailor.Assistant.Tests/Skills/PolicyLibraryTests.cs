using Tailor.Assistant.Skills.Policies;
using Tailor.Domain.Policies;

namespace Tailor.Assistant.Tests.Skills;

public sealed class PolicyLibraryTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private const string Returns = """
        # Returns

        You can return items within **28 days**. See [our refunds page](/pages/refunds).

        ## What can't be returned

        Some items cannot be returned:

        - **Earrings**, for hygiene reasons
        - Gift cards

        ## Costs

        | Country | Return fee |
        |---|---|
        | UK | free |
        | Ireland | £4.95 |
        """;

    [Fact]
    public void A_page_splits_into_passages_under_their_heading_path()
    {
        var passages = PolicyLibrary.Split(Page("returns", "Returns policy", Returns));

        Assert.Equal(
            [
                "Returns|You can return items within 28 days. See our refunds page.",
                "Returns › What can't be returned|Some items cannot be returned:\nEarrings, for hygiene reasons\nGift cards",
                "Returns › Costs|Country: UK; Return fee: free.",
                "Returns › Costs|Country: Ireland; Return fee: £4.95.",
            ],
            passages.Select(p => $"{p.Heading}|{p.Text}"));
        Assert.Equal([PassageKind.Prose, PassageKind.Prose, PassageKind.TableRow, PassageKind.TableRow], passages.Select(p => p.Shape));
        Assert.All(passages, p => Assert.Equal("/pages/returns", p.Url));
    }

    [Fact]
    public void A_page_without_headings_is_one_section_named_after_its_title()
    {
        var passages = PolicyLibrary.Split(Page("note", "Store note", "First paragraph.\n\nSecond\nparagraph."));

        Assert.Equal(["Store note|First paragraph.", "Store note|Second paragraph."], passages.Select(p => $"{p.Heading}|{p.Text}"));
    }

    [Fact]
    public async Task The_library_is_rebuilt_when_a_page_changes_or_is_added()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            db.Policies.Add(Page("returns", "Returns policy", Returns));
            await db.SaveChangesAsync();
        }
        var library = new PolicyLibrary();

        var before = await AnswerAsync(database, library, "how long do I have to return something");

        await using (var db = database.Open())
        {
            var page = db.Policies.Single();
            page.Markdown = page.Markdown.Replace("28 days", "60 days", StringComparison.Ordinal);
            page.UpdatedAt = Monday.AddDays(1);
            db.Policies.Add(Page("klarna", "Klarna", "# Klarna\n\nYou can pay with Klarna at checkout."));
            await db.SaveChangesAsync();
        }
        var after = await AnswerAsync(database, library, "how long do I have to return something");
        var klarna = await AnswerAsync(database, library, "can I pay with klarna");

        Assert.Contains("28 days", before?.Quote);
        Assert.Contains("60 days", after?.Quote);
        Assert.Equal("klarna", klarna?.Slug);
    }

    [Fact]
    public async Task A_store_without_pages_answers_nothing()
    {
        await using var database = await ScratchDatabase.CreateAsync();

        Assert.Null(await AnswerAsync(database, new PolicyLibrary(), "how long do I have to return something"));
    }

    [Theory]
    [InlineData("One. Two is longer. Three.", 20, "One. Two is longer.")]
    [InlineData("A first sentence that is far too long to fit.", 20, "A first sentence…")]
    [InlineData("Intro:\nfirst item\nsecond item", 100, "Intro:\nfirst item\nsecond item")]
    public void An_excerpt_stops_at_a_sentence_boundary(string text, int length, string expected)
    {
        Assert.Equal(expected, Excerpt.Shorten(text, length));
    }

    private static async Task<PolicyAnswer?> AnswerAsync(ScratchDatabase database, PolicyLibrary library, string question)
    {
        await using var db = database.Open();
        return await new PolicyAnswerer(db, library).AnswerAsync(question, null, CancellationToken.None);
    }

    private static PolicyDocument Page(string slug, string title, string markdown) =>
        new() { Slug = slug, Title = title, Url = $"/pages/{slug}", Markdown = markdown, UpdatedAt = Monday };
}
