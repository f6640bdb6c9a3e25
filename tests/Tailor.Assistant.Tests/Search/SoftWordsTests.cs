using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Tests.Search;

/// <summary>Words the recognizer leaves over rank, never filter; with the encoder off search is BM25 alone.</summary>
public sealed class SoftWordsTests(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task An_unknown_word_never_empties_a_list_the_hard_filters_fill()
    {
        var dresses = await store.SearchAsync(new SearchConstraints { Category = "dresses" });
        var withWord = await store.SearchAsync(new SearchConstraints { Category = "dresses", Terms = ["drip"] });

        Assert.True(dresses.Total > 0);
        Assert.Equal(dresses.Total, withWord.Total);
        Assert.All(withWord.Products, m => Assert.Equal("dresses", m.Category));
        Assert.True(withWord.Relaxed);   // no dress has the word: the answer says these are the closest
    }

    [Fact]
    public async Task Without_the_encoder_words_alone_decide_what_matches_when_nothing_else_filters()
    {
        var result = await store.SearchAsync(new SearchConstraints { Terms = ["drip"] });

        Assert.False(store.Vectors.IsAvailable);
        Assert.Equal(ProductVectorBuild.Off, await store.Vectors.BuildAsync(CancellationToken.None));
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task Without_the_encoder_hybrid_ranking_is_bm25_ranking()
    {
        var constraints = new SearchConstraints { Category = "dresses", Terms = ["floral", "wrap"] };

        var hybrid = await store.SearchAsync(constraints, SearchSignals.Hybrid, 20);
        var words = await store.SearchAsync(constraints, SearchSignals.Words, 20);

        Assert.Equal(words.Products.Select(m => m.Handle), hybrid.Products.Select(m => m.Handle));
        Assert.Contains("wrap", hybrid.Products[0].Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reciprocal_rank_fusion_puts_a_product_ranked_well_in_both_lists_first()
    {
        var matches = Enumerable.Range(0, 4).Select(i => new FoundMatch(i, 0, 1)).ToList();
        float[] bm25 = [9, 5, 0, 1];                 // 0: no BM25 hit
        float[] cosine = [0.2f, 0.8f, 0.7f, float.NaN];   // NaN: no vector yet
        var text = new double[matches.Count];

        HybridScorer.AddRanks(matches, text, m => bm25[m] > 0 ? bm25[m] : float.NaN);
        HybridScorer.AddRanks(matches, text, m => cosine[m]);

        // 1 is 2nd by words and 1st by meaning; 0 is 1st and 3rd; 2 is only 2nd by meaning; 3 is only 3rd by words.
        Assert.Equal([1, 0, 2, 3], Enumerable.Range(0, 4).OrderByDescending(i => text[i]));
        Assert.Equal(1.0 / (SoftWords.K + 2) + 1.0 / (SoftWords.K + 1), text[1], 10);
        Assert.Equal(1.0 / (SoftWords.K + 3), text[3], 10);
    }
}
