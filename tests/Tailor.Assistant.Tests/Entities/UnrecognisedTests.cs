using static Tailor.Assistant.Tests.Entities.TestCatalog;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>Everyday words that look like catalog words, which must not turn into filters.</summary>
public sealed class UnrecognisedTests
{
    [Theory]
    [InlineData("hello there")]
    [InlineData("thanks, that's all")]
    [InlineData("can I speak to a person please")]
    [InlineData("I'm not sure")]
    [InlineData("what's your returns policy")]
    [InlineData("")]
    [InlineData("   ")]
    public void Chat_without_product_words_finds_nothing_but_search_terms(string text) =>
        Assert.All(Recognize(text).Spans, span => Assert.Equal("term", span.Kind));

    [Theory]
    [InlineData("will it work with my code")]
    [InlineData("I've checked the size guide")]
    [InlineData("does it fall apart in the wash")]
    public void Catalog_words_used_as_verbs_are_not_attributes(string text)
    {
        var c = Recognize(text).Constraints;
        Assert.Empty(c.Occasions);
        Assert.Empty(c.Patterns);
        Assert.Empty(c.Seasons);
    }

    [Theory]
    [InlineData("the model is wearing a size 8", "model")]
    [InlineData("it has a block heel", "block")]
    [InlineData("a trip to the coast", "coast")]
    [InlineData("while I wait", "while")]
    [InlineData("shorts for the summer", "shorts")]
    public void Real_words_near_catalog_words_are_not_corrected_into_them(string text, string word)
    {
        var entities = Recognize(text);
        Assert.DoesNotContain(entities.Spans, s => s.Text.Equals(word, StringComparison.OrdinalIgnoreCase) && s.Kind != "term");
    }

    [Fact]
    public void Placeholders_left_by_the_privacy_guard_are_not_search_words() =>
        Assert.Empty(Recognize("dresses, and send the list to [email]").Constraints.Terms);

    [Fact]
    public void A_long_hostile_message_is_read_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("not black 30-60 size 10 the second one ", 60));
        Recognize("warm up");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Recognize(text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Recognize took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }
}
