using Tailor.Assistant.Skills.Search;

namespace Tailor.Assistant.Tests.Search;

public sealed class SearchTextTests(SearchStore store) : IClassFixture<SearchStore>
{
    [Theory]
    [InlineData("dress OR NOT\"*", "\"dress\"*")]
    [InlineData("title:linen^", "\"title\"* AND \"linen\"*")]
    [InlineData("NEAR(a b)", "\"near\"*")]
    [InlineData("women's xl 10", "\"women\"* AND \"xl\" AND \"10\"")]
    public void The_shoppers_words_reach_the_index_as_quoted_words_only(string words, string expression)
    {
        Assert.Equal(expression, SearchText.Of([words]).All);
    }

    [Fact]
    public void Words_without_letters_or_digits_make_no_query()
    {
        Assert.True(SearchText.Of(["\"*()", "-", "the"]).IsEmpty);
    }

    [Theory]
    [InlineData("linen", "summer")]
    [InlineData("dress", "party")]
    [InlineData("wool", "zzzz")]
    public async Task Words_put_together_from_each_words_hits_score_as_the_index_scores_them_together(string first, string second)
    {
        await using var db = store.Open();
        await using var sql = await SqlRunner.OpenAsync(db, CancellationToken.None);
        var snapshot = await CatalogSnapshotLoader.LoadAsync(db, generation: 0, previous: null, CancellationToken.None);
        var text = SearchText.Of([first, second]);

        foreach (var all in new[] { true, false })
        {
            var combined = await ProductSearchIndex.MatchAsync(sql, snapshot, text, all, CancellationToken.None);
            var direct = await ProductSearchIndex.QueryAsync(sql, snapshot, all ? text.All : text.Any, CancellationToken.None);

            Assert.Equal(direct.Select(h => h.Index), combined.Select(h => h.Index));
            Assert.All(direct.Zip(combined), pair => Assert.Equal(pair.First.Relevance, pair.Second.Relevance, 1e-4f * Math.Abs(pair.First.Relevance)));
        }
        Assert.True(snapshot.TextHits.TryGet(SearchText.Phrase(first), out var firstHits) && firstHits.Length > 0);
    }
}
