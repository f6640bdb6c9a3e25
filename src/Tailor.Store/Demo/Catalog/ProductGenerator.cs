using Tailor.Domain.Catalog;
using Tailor.Store.Demo.Reviews;

namespace Tailor.Store.Demo.Catalog;

/// <summary>Generates the catalog: products with attributes, copy, variants, images and reviews, plus their hidden profiles.</summary>
internal sealed class ProductGenerator(Random random, DateTimeOffset now)
{
    public const int FirstProductNumber = 1001;
    public const int NewInDays = 45;

    private readonly ProductCopywriter copywriter = new(random);
    private readonly VariantBuilder variants = new(random);
    private readonly ReviewWriter reviews = new(random, now);
    private readonly Dictionary<CategoryRange, IReadOnlyList<BrandSpec>> brandsByRange =
        Assortment.Ranges.ToDictionary(r => r, r => Brands.Making(r.Category.Slug, r.Gender));

    // The first products visit every category once, so even a small store stocks all twenty; the rest follow the mix.
    private readonly IReadOnlyList<IReadOnlyList<(CategoryRange, double)>> rangesByCategory = Categories.All
        .Select(category => (IReadOnlyList<(CategoryRange, double)>)Assortment.Weighted.Where(r => r.Item.Category == category).ToList())
        .ToList();

    public List<ProductProfile> Generate(int count)
    {
        var profiles = new List<ProductProfile>(count);
        for (var i = 0; i < count; i++)
            profiles.Add(Product(FirstProductNumber + i, random.PickWeighted(i < rangesByCategory.Count ? rangesByCategory[i] : Assortment.Weighted)));
        MerchandiseBestsellers(profiles);
        return profiles;
    }

    private ProductProfile Product(int productNo, CategoryRange range)
    {
        var brand = random.Pick(brandsByRange[range]);
        var noun = random.Pick(range.Nouns);
        var material = Materials.Of(NounHints.MaterialIn(noun) ?? random.Pick(range.Category.Materials));
        var attributes = Attributes(range, material);
        NounHints.Apply(noun, attributes, range);

        // Most products were on sale before the 18 months of order history; the rest arrived since.
        var createdAt = random.Chance(0.7) ? now.AddDays(-random.Between(540.0, 900.0)) : now.AddDays(-random.Between(0.5, 540.0));
        var (title, styleName) = copywriter.Title(range, noun, material, attributes);
        var handle = $"{Slug.Of(title)}-{productNo}";
        var colours = Colours(range.Category.Palette);
        var popularity = Math.Exp(random.Gaussian(0, 1));

        var listPrice = PriceList.ListPrice(range, brand, material, random);
        decimal price = listPrice, markdown = 0;
        decimal? compareAt = null;
        DateTimeOffset? markdownAt = null;
        if (random.Chance(0.2))
        {
            markdown = random.Pick<decimal>([0.2m, 0.25m, 0.3m, 0.3m, 0.4m, 0.5m]);
            (price, compareAt) = (PriceList.SalePrice(listPrice, markdown, random), listPrice);
            markdownAt = now.AddDays(-random.Between(3.0, 75.0));
        }

        var product = new Product
        {
            Handle = handle,
            Title = title,
            Brand = brand.Name,
            Category = range.Category.Slug,
            CategoryPath = range.Path,
            Gender = range.Gender,
            Attributes = attributes,
            Care = material.Care,
            FinalSale = markdown >= 0.4m && random.Chance(0.5),
            CreatedAt = createdAt,
            UpdatedAt = Max(createdAt, now.AddDays(-random.Between(0.0, 60.0))),
        };
        product.Variants = variants.Variants(productNo, colours, SizeRuns.ForProduct(range.Sizes, random), price, compareAt, popularity);
        product.Images = VariantBuilder.Images(handle, title, colours);
        product.Description = copywriter.Description(product, range, noun, styleName, material, colours);
        product.Collections = Collections(product, material);
        product.Tags = Tags(product, material);

        var (trueFit, share) = TrueFit(range, brand);
        var profile = new ProductProfile(product, range, popularity, trueFit, share, Math.Clamp(random.Gaussian(4.15, 0.4), 2.4, 4.9), markdownAt);
        product.Reviews = reviews.Write(profile, noun);
        return profile;
    }

    private ProductAttributes Attributes(CategoryRange range, MaterialSpec material)
    {
        var category = range.Category;
        var attributes = new ProductAttributes
        {
            Material = material.Name,
            Pattern = category.Patterns.Count > 0 ? random.Pick(category.Patterns) : null,
            Fit = category.Fits.Count > 0 ? random.Pick(category.Fits) : null,
            Neckline = range.Upper && category.Necklines.Count > 0 ? random.Pick(category.Necklines) : null,
            Sleeve = range.Upper && category.Sleeves.Count > 0 ? random.Pick(category.Sleeves) : null,
            Occasions = random.PickDistinct(category.Occasions.Distinct().ToList(), random.Between(1, 3)),
            Seasons = (StyleVocabulary.SeasonsFor(category.Slug) ?? material.Seasons).ToList(),
        };
        var leaning = random.Pick(StyleVocabulary.LeaningsFor(category.Slug, attributes.Pattern));
        attributes.Styles = [leaning];
        if (random.Chance(0.4) && random.Pick(StyleVocabulary.Styles) is var second && second != leaning) attributes.Styles.Add(second);
        return attributes;
    }

    private List<string> Colours(IReadOnlyList<string> palette)
    {
        var wanted = random.Between(2, 4);
        var colours = new List<string>(wanted);
        for (var tries = 0; colours.Count < wanted && tries < 30; tries++)
        {
            var colour = random.Pick(palette);
            if (!colours.Contains(colour)) colours.Add(colour);
        }
        return colours;
    }

    // A label's patterns make its products run small or large more often; most products are true to size.
    private (FitFeedback Fit, double Share) TrueFit(CategoryRange range, BrandSpec brand)
    {
        if (range.Sizes == SizeSystem.OneSize) return (FitFeedback.TrueToSize, 0.8);
        var small = Math.Clamp(0.17 - 0.15 * brand.FitBias, 0.03, 0.6);
        var large = Math.Clamp(0.15 + 0.15 * brand.FitBias, 0.03, 0.6);
        var roll = random.NextDouble();
        var share = random.Between(0.55, 0.75);
        return roll < small ? (FitFeedback.Small, share) : roll < small + large ? (FitFeedback.Large, share) : (FitFeedback.TrueToSize, 0.8);
    }

    private List<string> Collections(Product product, MaterialSpec material)
    {
        var a = product.Attributes;
        var collections = new List<string>();
        if (now - product.CreatedAt <= TimeSpan.FromDays(NewInDays)) collections.Add("new-in");
        if (a.Seasons.Contains("summer") && (a.Occasions.Contains("beach") || a.Occasions.Contains("holiday") || random.Chance(0.3)))
            collections.Add("summer-edit");
        if (a.Seasons.Contains("winter") && product.Category is "coats" or "knitwear" or "scarves" or "hats" or "boots") collections.Add("winter-warmers");
        if (a.Occasions.Contains("work")) collections.Add("workwear");
        if (a.Occasions.Contains("wedding") || a.Occasions.Contains("party")) collections.Add("occasionwear");
        if (material.Sustainable) collections.Add("sustainable");
        return collections;
    }

    private static List<string> Tags(Product product, MaterialSpec material)
    {
        var a = product.Attributes;
        var tags = new List<string> { product.Category, product.Gender.ToString().ToLowerInvariant(), material.Name };
        if (a.Pattern is { } pattern and not "solid") tags.Add(pattern);
        if (a.Fit is { } fit) tags.Add(fit);
        tags.AddRange(a.Styles);
        if (product.Variants.Count > 0 && product.Variants[0].OnSale) tags.Add("sale");
        if (product.FinalSale) tags.Add("final-sale");
        if (product.Collections.Contains("new-in")) tags.Add("new");
        return tags;
    }

    // The most popular 5% become the "bestsellers" collection, which recommendations and promotions use.
    private static void MerchandiseBestsellers(List<ProductProfile> profiles)
    {
        if (profiles.Count == 0) return;
        var ranked = profiles.Select(p => p.Popularity).Order().ToList();
        var threshold = ranked[(int)(ranked.Count * 0.95)];
        foreach (var profile in profiles.Where(p => p.Popularity >= threshold))
        {
            profile.Product.Collections.Add("bestsellers");
            profile.Product.Tags.Add("bestseller");
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
