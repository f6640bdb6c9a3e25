using System.Xml.Linq;
using Tailor.Domain.Catalog;
using Tailor.Store.Demo.Catalog;
using Tailor.Store.Demo.Images;

namespace Tailor.Tests.Demo;

public sealed class ProductImageRendererTests
{
    public static TheoryData<string> Categories =>
    [
        "dresses", "jeans", "trousers", "t-shirts", "shirts", "knitwear", "jackets", "coats", "skirts", "activewear",
        "swimwear", "sneakers", "boots", "heels", "sandals", "bags", "belts", "scarves", "hats", "jewellery", "something-new",
    ];

    [Theory]
    [MemberData(nameof(Categories))]
    public void Every_category_renders_a_valid_svg_in_every_print(string category)
    {
        foreach (var pattern in new string?[] { null, "solid", "striped", "checked", "polka dot", "floral", "paisley", "animal print", "geometric" })
        {
            var svg = XDocument.Parse(ProductImageRenderer.Render(category, "navy", pattern));

            Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Root!.Name);
            Assert.Equal("0 0 400 500", svg.Root.Attribute("viewBox")!.Value);
            var usesPrint = svg.Descendants().Any(e => e.Name.LocalName == "pattern");
            Assert.Equal(pattern is not null and not "solid", usesPrint);
        }
    }

    [Fact]
    public void Every_known_colour_has_a_swatch_and_is_drawn_in_it()
    {
        Assert.All(ColorFamilies.KnownColors, colour => Assert.True(ColorSwatches.Knows(colour), $"no swatch for {colour}"));
        Assert.Contains(ColorSwatches.HexOf("sage"), ProductImageRenderer.Render("dresses", "sage", null));
        Assert.NotEqual(ProductImageRenderer.Render("dresses", "sage", null), ProductImageRenderer.Render("dresses", "navy", null));
    }

    [Fact]
    public void Every_colour_the_generator_can_pick_is_a_known_colour_with_a_swatch()
    {
        Assert.All(ColorPalettes.All, colour =>
        {
            Assert.Contains(colour, ColorFamilies.KnownColors);
            Assert.True(ColorSwatches.Knows(colour));
        });
    }

    [Fact]
    public void A_colour_or_text_the_store_does_not_know_still_renders_safely()
    {
        var svg = ProductImageRenderer.Render("<dresses>", "glow & \"shine\"", "tartan");

        Assert.NotNull(XDocument.Parse(svg).Root);
    }
}
