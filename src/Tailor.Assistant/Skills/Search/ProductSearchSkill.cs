using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Finds products the shopper can buy as asked: every product offered has a variant in stock that meets all the
/// variant constraints at once (colour, size, price, sale) and meets the product constraints. Filters and ranking run
/// on the in-memory <see cref="CatalogSnapshotCache"/>; words are soft (see <see cref="SoftWords"/>) and ranked by the
/// FTS5 index and the product vectors together; the page shown is re-read from the database. The one product search
/// of the chat, the catalog API and the shop. Thread-safe; register as a singleton.
/// </summary>
public sealed class ProductSearchSkill(CatalogSnapshotCache catalog, ProductVectorIndex vectors)
{
    /// <summary>The most products one page may hold (the catalog API's largest page).</summary>
    public const int MaxTake = 100;

    /// <summary>Extra ranked products kept beyond the page, to fill in for any that fail the fresh read.</summary>
    private const int Reserve = 10;

    public Task<ProductSearchResult> SearchAsync(SearchConstraints constraints, int skip, int take, CancellationToken ct) =>
        SearchAsync(constraints, ProductSearchOptions.Default, skip, take, ct);

    public async Task<ProductSearchResult> SearchAsync(SearchConstraints constraints, ProductSearchOptions options, int skip, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        ArgumentNullException.ThrowIfNull(options);
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 0, MaxTake);
        var snapshot = await catalog.GetAsync(ct);
        var filter = new SearchFilter(constraints, snapshot);
        var text = SearchText.Of(constraints.Terms);

        await using var sql = await SqlRunner.OpenAsync(catalog.ConnectionString, ct);
        var ranking = new SearchRanking(snapshot, constraints.Sort, skip + take + Reserve, 0, options.ByName);
        var (count, facets, relaxed) = text.IsEmpty
            ? Count(new MatchFinder(snapshot, filter, ranking, options.IncludeSoldOut).Run(null))
            : await FindWithWordsAsync(sql, snapshot, filter, constraints, text, options, ranking, ct);
        if (count == 0) return ProductSearchResult.None;

        var ranked = ranking.Top();
        var builder = new ProductMatchBuilder(snapshot, constraints, filter.Variants, text, options.IncludeSoldOut);
        var page = new List<ProductMatch>(take);
        var dropped = 0;
        // Products that fail the fresh read are replaced by the next ones, so a page is full whenever matches remain.
        for (var next = skip; page.Count < take && next < ranked.Count;)
        {
            var batch = ranked.Skip(next).Take(take - page.Count).ToList();
            next += batch.Count;
            var fresh = await PageReader.ReadAsync(sql, batch.Select(r => r.Id), ct);
            foreach (var item in batch)
            {
                if (fresh.TryGetValue(item.Id, out var product) && builder.Build(item, product) is { } match) page.Add(match);
                else dropped++;
            }
        }
        return new ProductSearchResult(count - dropped, page, facets.ToFacets(), relaxed);
    }

    private static (int Count, FacetTally Facets, bool Relaxed) Count(MatchFinder found) => (found.Count, found.Facets, false);

    /// <summary>
    /// With hard filters, every product they admit matches and the words only order them. With none, the words decide:
    /// the products with all the words (any of them when none has all: the result says it is relaxed), and those
    /// whose meaning is close enough to the query.
    /// </summary>
    private async Task<(int Count, FacetTally Facets, bool Relaxed)> FindWithWordsAsync(SqlRunner sql, CatalogSnapshot snapshot,
        SearchFilter filter, SearchConstraints constraints, SearchText text, ProductSearchOptions options, SearchRanking ranking, CancellationToken ct)
    {
        var any = await ProductSearchIndex.MatchAsync(sql, snapshot, text, all: false, ct);
        var all = text.Tokens.Count < 2 ? any : await ProductSearchIndex.MatchAsync(sql, snapshot, text, all: true, ct);
        var bm25 = new float[snapshot.Products.Length];
        foreach (var hit in any) bm25[hit.Index] = hit.Relevance;
        var hasAll = new bool[snapshot.Products.Length];
        foreach (var hit in all) hasAll[hit.Index] = true;

        // Encode only when meaning is used and ready: a search by hard filters alone never gets here.
        var query = options.Signals == SearchSignals.Words ? null : vectors.Encode(SoftWords.QueryText(constraints));
        var scorer = new HybridScorer(snapshot, bm25, vectors.Current, query, options.Signals);
        var candidates = SoftWords.HasHardFilter(constraints) ? null : scorer.Candidates(all.Length > 0 ? all : any);
        var found = new MatchFinder(snapshot, filter, ranking, options.IncludeSoldOut).Collect(candidates);
        scorer.Rank(found.Collected!, ranking);
        var relaxed = found.Count > 0 && !found.Collected!.Exists(m => hasAll[m.Index]);
        return (found.Count, found.Facets, relaxed);
    }
}
