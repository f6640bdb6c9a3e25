using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Finds products the shopper can buy as asked: every product offered has a variant in stock that meets all the
/// variant constraints at once (colour, size, price, sale) and meets the product constraints. Filters and ranking run
/// on the in-memory <see cref="CatalogSnapshotCache"/>; words go through the FTS5 index; the page shown is re-read
/// from the database. Thread-safe; register as a singleton.
/// </summary>
public sealed class ProductSearchSkill(CatalogSnapshotCache catalog)
{
    /// <summary>The most products one page may hold.</summary>
    public const int MaxTake = 50;

    /// <summary>Extra ranked products kept beyond the page, to fill in for any that fail the fresh read.</summary>
    private const int Reserve = 10;

    public async Task<ProductSearchResult> SearchAsync(SearchConstraints constraints, int skip, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 0, MaxTake);
        var snapshot = await catalog.GetAsync(ct);
        var filter = new SearchFilter(constraints, snapshot);
        var text = SearchText.Of(constraints.Terms);

        await using var sql = await SqlRunner.OpenAsync(catalog.ConnectionString, ct);
        var (ranking, count, facets, relaxed) = await FindAsync(sql, snapshot, filter, text, constraints.Sort, skip + take + Reserve, ct);
        if (count == 0) return ProductSearchResult.None;

        var ranked = ranking.Top();
        var builder = new ProductMatchBuilder(snapshot, constraints, filter.Variants, text);
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

    /// <summary>All matches. Words must all match; when together they match nothing, any of them may (and the result says so).</summary>
    private static async Task<(SearchRanking Ranking, int Count, FacetTally Facets, bool Relaxed)> FindAsync(
        SqlRunner sql, CatalogSnapshot snapshot, SearchFilter filter, SearchText text, SearchSort sort, int keep, CancellationToken ct)
    {
        var hits = text.IsEmpty ? null : await ProductSearchIndex.MatchAsync(sql, snapshot, text, all: true, ct);
        var ranking = new SearchRanking(snapshot, sort, keep, BestText(hits));
        var found = new MatchFinder(snapshot, filter, ranking).Run(hits);
        if (found.Count > 0 || text.Tokens.Count < 2) return (ranking, found.Count, found.Facets, false);

        hits = await ProductSearchIndex.MatchAsync(sql, snapshot, text, all: false, ct);
        ranking = new SearchRanking(snapshot, sort, keep, BestText(hits));
        found = new MatchFinder(snapshot, filter, ranking).Run(hits);
        return (ranking, found.Count, found.Facets, found.Count > 0);
    }

    private static double BestText(TextHit[]? hits)
    {
        var best = 0.0;
        foreach (var hit in hits ?? []) best = Math.Max(best, hit.Relevance);
        return best;
    }
}
