using Xunit.Abstractions;

namespace Tailor.Assistant.Tests.Entities;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        var lines = File.ReadAllLines("/tmp/scratch.txt");
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            var e = TestCatalog.Recognize(line);
            var c = e.Constraints;
            var parts = new List<string>();
            void Add(string name, object? v) { if (v is not null && v.ToString() != "" ) parts.Add($"{name}={v}"); }
            Add("cat", c.Category); Add("gender", c.Gender); Add("colors", TestCatalog.Join(c.Colors)); Add("xcolors", TestCatalog.Join(c.ExcludedColors));
            Add("size", c.Size); Add("min", c.MinPrice); Add("max", c.MaxPrice); Add("brands", TestCatalog.Join(c.Brands));
            Add("mat", TestCatalog.Join(c.Materials)); Add("xmat", TestCatalog.Join(c.ExcludedMaterials)); Add("pat", TestCatalog.Join(c.Patterns)); Add("xpat", TestCatalog.Join(c.ExcludedPatterns));
            Add("fit", TestCatalog.Join(c.Fits)); Add("occ", TestCatalog.Join(c.Occasions)); Add("season", TestCatalog.Join(c.Seasons)); Add("style", TestCatalog.Join(c.Styles));
            Add("xcat", TestCatalog.Join(c.ExcludedCategories)); Add("terms", TestCatalog.Join(c.Terms)); if (c.OnSaleOnly) Add("sale", true); if (c.Sort != Tailor.Assistant.Understanding.SearchSort.Relevance) Add("sort", c.Sort);
            Add("ord", e.Ordinal); Add("ords", TestCatalog.Join(e.Ordinals.Select(o => o.ToString()))); Add("refcolor", e.ReferencedColor); if (e.RefersToFocus) Add("focus", true);
            Add("order", e.OrderNumber); Add("rma", e.ReturnNumber); Add("promo", e.PromoCode); Add("aspect", e.Aspect); Add("dir", e.PriceDirection);
            output.WriteLine($"{line,-45} | {string.Join("  ", parts)}");
        }
    }
}
