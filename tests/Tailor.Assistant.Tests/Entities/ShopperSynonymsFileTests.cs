using Tailor.Assistant.Tests.Intents;
using Tailor.Assistant.Understanding.Entities;
using static Tailor.Assistant.Tests.Entities.TestCatalog;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>The shipped synonyms file, and what happens when one is malformed.</summary>
public sealed class ShopperSynonymsFileTests
{
    [Fact]
    public void The_shipped_file_is_found_and_read()
    {
        var synonyms = ShopperSynonymsFile.Read(ShopperSynonymsFile.Find());

        Assert.Contains("trainers", synonyms.Categories["sneakers"]);
        Assert.Contains("jumper", synonyms.Categories["knitwear"]);
        Assert.Equal("10", synonyms.SizeConversions.EuClothing["38"]);
        Assert.Contains("the", synonyms.StopWords);
    }

    [Theory]
    [InlineData("sort:\n  price_lowest: [cheapest]\n", "price_lowest")]
    [InlineData("aspects:\n  colour: [shades]\n", "colour")]
    [InlineData("genders:\n  ladies: [women]\n", "ladies")]
    public void A_group_naming_no_known_value_fails_with_the_name_to_fix(string yaml, string name)
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("synonyms.yaml", yaml);

        var error = Assert.Throws<InvalidDataException>(() => ShopperSynonymsFile.Read(file));

        Assert.Contains("synonyms.yaml", error.Message);
        Assert.Contains(name, error.Message);
    }

    [Fact]
    public void An_unknown_section_fails_with_its_line()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("synonyms.yaml", "categories:\n  dresses: [frock]\ncolours:\n  grey: [gray]\n");

        var error = Assert.Throws<InvalidDataException>(() => ShopperSynonymsFile.Read(file));

        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void A_synonym_for_a_category_the_store_does_not_sell_is_only_a_search_word()
    {
        var c = Recognize("a silk blouse").Constraints;

        Assert.Null(c.Category);
        Assert.Equal(["silk"], c.Materials);
        Assert.Equal(["blouse"], c.Terms);
    }

    [Fact]
    public void One_recognizer_serves_many_threads_at_once()
    {
        string[] messages = ["black dresses under 50", "not navy, size 12", "compare 1 and 3", "code welcome15", "jenas in w32"];
        var expected = messages.Select(m => Recognize(m).Spans.Count).ToArray();

        var results = new int[messages.Length * 200];
        Parallel.For(0, results.Length, i => results[i] = Recognize(messages[i % messages.Length]).Spans.Count);

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % messages.Length], results[i]));
    }
}
