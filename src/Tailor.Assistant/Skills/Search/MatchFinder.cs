namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Finds every product of the snapshot that satisfies a search, in one pass over its variants, tallying the facets on
/// the way: a product matches as soon as one variant is wanted and in stock, so each such variant feeds the facets.
/// </summary>
internal static class MatchFinder
{
    /// <param name="textHits">Products the words matched; null when the search has no words.</param>
    public static (List<Candidate> Matches, FacetTally Facets) Find(CatalogSnapshot snapshot, SearchFilter filter, TextHit[]? textHits)
    {
        var matches = new List<Candidate>();
        var facets = new FacetTally(snapshot);
        if (textHits is null)
        {
            foreach (var index in filter.Scope()) Consider(index, 0);
        }
        else
        {
            foreach (var hit in textHits) Consider(hit.Index, hit.Relevance);
        }
        return (matches, facets);

        void Consider(int index, double text)
        {
            var product = snapshot.Products[index];
            if (!filter.Admits(product)) return;
            int cheapest = -1, wanted = 0, inStock = 0;
            var end = product.FirstVariant + product.VariantCount;
            for (var v = product.FirstVariant; v < end; v++)
            {
                if (!filter.Wants(v)) continue;
                wanted++;
                if (snapshot.VariantStock[v] <= 0) continue;
                inStock++;
                facets.AddVariant(index, v);
                if (cheapest < 0 || snapshot.VariantPrice[v] < snapshot.VariantPrice[cheapest]) cheapest = v;
            }
            if (cheapest < 0) return;
            facets.AddProduct(product, snapshot.VariantPrice[cheapest]);
            matches.Add(new Candidate(index, cheapest, snapshot.VariantPrice[cheapest], (double)inStock / wanted, text));
        }
    }
}

/// <summary>A product that satisfies the search, per the snapshot.</summary>
/// <param name="Availability">Share of the wanted variants (colour, size and price asked for) in stock.</param>
/// <param name="Text">Full-text relevance (−bm25, higher is better); 0 without words.</param>
internal readonly record struct Candidate(int Index, int CheapestVariant, double Price, double Availability, double Text);
