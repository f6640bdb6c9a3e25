using System.Text;

namespace Tailor.Store.Demo.Images;

/// <summary>Draws a product image as a standalone SVG: the category's silhouette in the variant's colour and print.</summary>
public static class ProductImageRenderer
{
    public const int Width = 400;
    public const int Height = 500;

    public static string Render(string category, string colorName, string? pattern)
    {
        var hex = ColorSwatches.HexOf(colorName);
        var print = PatternFills.For(pattern, hex);
        var light = ColorSwatches.IsLight(hex);
        var line = light ? ColorSwatches.Shade(hex, -0.45) : ColorSwatches.Shade(hex, 0.4);
        var trim = light ? ColorSwatches.Shade(hex, -0.3) : ColorSwatches.Shade(hex, -0.35);
        var silhouette = Silhouettes.For(category);
        // Jewellery is all metal, so its chain takes the variant's colour; elsewhere hardware is brass.
        var metal = category.StartsWith("jewel", StringComparison.OrdinalIgnoreCase) ? ColorSwatches.Shade(hex, -0.1) : "#c9a94a";

        var svg = new StringBuilder(2048);
        svg.Append($"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {Height}" width="{Width}" height="{Height}" role="img">""");
        svg.Append($"<title>{Escape(category)} in {Escape(colorName)}</title>");
        svg.Append("<defs>");
        if (print is not null) svg.Append(print);
        svg.Append("""<linearGradient id="shine" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#fff" stop-opacity=".22"/><stop offset=".45" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".12"/></linearGradient>""");
        svg.Append("</defs>");
        svg.Append($"<style>.g{{fill:{(print is null ? hex : $"url(#{PatternFills.Id})")};stroke:{line};stroke-width:2;stroke-linejoin:round}}")
           .Append(".h{fill:url(#shine)}")
           .Append($".d{{fill:none;stroke:{line};stroke-width:3;stroke-linecap:round;opacity:.55}}")
           .Append($".s{{fill:{trim}}}.ss{{fill:none;stroke:{trim};stroke-width:12;stroke-linecap:round}}")
           .Append($".m{{fill:{metal}}}.ms{{fill:none;stroke:{metal};stroke-width:6}}</style>");
        svg.Append("""<rect width="400" height="500" fill="#f4f2ee"/><ellipse cx="200" cy="472" rx="150" ry="14" fill="#000" opacity=".07"/>""");
        foreach (var path in silhouette.Body) svg.Append($"""<path class="g" d="{path}"/>""");
        foreach (var path in silhouette.Body) svg.Append($"""<path class="h" d="{path}"/>""");
        svg.Append(silhouette.Extras);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text) ?? "";
}
