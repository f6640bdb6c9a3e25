namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Finds every product of the snapshot that satisfies a search, in one pass over its variants, feeding the facets on
/// the way: a product matches as soon as one variant is wanted and in stock, so each such variant counts towards the
/// facets. Matches go straight to the ranking when their place is known now (no words, or words alone); with words
/// to fuse they are collected first, since a rank among the matches is only known once all are found.
/// </summary>
/// <param name="includeSoldOut">Also match products whose wanted variants are all sold out (the shop's listings; never the chat).</param>
internal sealed class MatchFinder(CatalogSnapshot snapshot, SearchFilter filter, SearchRanking ranking, bool includeSoldOut = false)
{
    public FacetTally Facets { get; } = new(snapshot);
    public int Count { get; private set; }

    /// <summary>The matches found, when collecting; null when they went straight to the ranking.</summary>
    public List<FoundMatch>? Collected { get; private set; }

    /// <param name="textHits">Products the words matched; null when the search has no words.</param>
    public MatchFinder Run(TextHit[]? textHits)
    {
        if (textHits is not null)
            foreach (var hit in textHits) Consider(hit.Index, hit.Relevance);
        else RunScope();
        return this;
    }

    /// <summary>Every product the hard filters may admit, collected for fusion.</summary>
    public MatchFinder Collect(int[]? candidates)
    {
        Collected = [];
        if (candidates is not null)
            foreach (var index in candidates) Consider(index, 0);
        else RunScope();
        return this;
    }

    private void RunScope()
    {
        if (filter.CategoryScope() is { } categories)
            foreach (var category in categories)
                foreach (var index in category) Consider(index, 0);
        else
            for (var index = 0; index < snapshot.Products.Length; index++) Consider(index, 0);
    }

    // The hot loop of every search (up to every variant of the catalog): arrays in locals, no calls but the facets'.
    private void Consider(int index, double text)
    {
        ref readonly var product = ref snapshot.Products[index];
        if ((!includeSoldOut && !filter.MayHave(product)) || !filter.Admits(product)) return;
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
            if (stock[v] <= 0)
            {
                if (includeSoldOut && (cheapest < 0 || (inStock == 0 && price < prices[cheapest]))) cheapest = v;
                continue;
            }
            Facets.AddVariant(index, v);
            // An in-stock variant always beats a sold-out one as the price shown.
            if (cheapest < 0 || inStock == 0 || price < prices[cheapest]) cheapest = v;
            inStock++;
        }
        if (cheapest < 0) return;
        Count++;
        Facets.AddProduct(product, prices[cheapest]);
        var availability = (double)inStock / wanted;
        if (Collected is not null) Collected.Add(new FoundMatch(index, cheapest, availability));
        else ranking.Add(index, cheapest, availability, text);
    }
}

/// <summary>A product that satisfies a search, before its place is known.</summary>
internal readonly record struct FoundMatch(int Index, int Cheapest, double Availability);
