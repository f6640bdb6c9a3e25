namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Finds every product of the snapshot that satisfies a search, in one pass over its variants, feeding the ranking and
/// the facets on the way: a product matches as soon as one variant is wanted and in stock, so each such variant counts
/// towards the facets. Nothing is stored per match, so a broad search allocates no more than a narrow one.
/// </summary>
internal sealed class MatchFinder(CatalogSnapshot snapshot, SearchFilter filter, SearchRanking ranking)
{
    public FacetTally Facets { get; } = new(snapshot);
    public int Count { get; private set; }

    /// <param name="textHits">Products the words matched; null when the search has no words.</param>
    public MatchFinder Run(TextHit[]? textHits)
    {
        if (textHits is not null)
            foreach (var hit in textHits) Consider(hit.Index, hit.Relevance);
        else if (filter.CategoryScope() is { } categories)
            foreach (var category in categories)
                foreach (var index in category) Consider(index, 0);
        else
            for (var index = 0; index < snapshot.Products.Length; index++) Consider(index, 0);
        return this;
    }

    // The hot loop of every search (up to every variant of the catalog): arrays in locals, no calls but the facets'.
    private void Consider(int index, double text)
    {
        ref readonly var product = ref snapshot.Products[index];
        if (!filter.MayHave(product) || !filter.Admits(product)) return;
        var (shades, sizes, shadeAllowed, sizeAllowed) = (snapshot.VariantShade, snapshot.VariantSize, filter.ShadeAllowed, filter.SizeAllowed);
        var (prices, onSale, stock) = (snapshot.VariantPrice, snapshot.VariantOnSale, snapshot.VariantStock);
        var (min, max, saleOnly) = (filter.Variants.MinPrice, filter.Variants.MaxPrice, filter.Variants.OnSaleOnly);
        int cheapest = -1, wanted = 0, inStock = 0;
        var end = product.FirstVariant + product.VariantCount;
        for (var v = product.FirstVariant; v < end; v++)
        {
            if (!shadeAllowed[shades[v]] || !sizeAllowed[sizes[v]]) continue;
            var price = prices[v];
            if (price < min || price > max || (saleOnly && !onSale[v])) continue;
            wanted++;
            if (stock[v] <= 0) continue;
            inStock++;
            Facets.AddVariant(index, v);
            if (cheapest < 0 || price < prices[cheapest]) cheapest = v;
        }
        if (cheapest < 0) return;
        Count++;
        Facets.AddProduct(product, prices[cheapest]);
        ranking.Add(index, cheapest, (double)inStock / wanted, text);
    }
}
