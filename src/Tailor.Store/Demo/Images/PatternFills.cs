namespace Tailor.Store.Demo.Images;

/// <summary>SVG &lt;pattern&gt; tiles for the prints the store sells, drawn in a contrast of the base colour.</summary>
internal static class PatternFills
{
    public const string Id = "print";

    /// <summary>The &lt;pattern&gt; element for a print, or null for solid colours and prints it does not draw.</summary>
    public static string? For(string? pattern, string baseHex)
    {
        var ink = ColorSwatches.IsLight(baseHex) ? ColorSwatches.Shade(baseHex, -0.4) : ColorSwatches.Shade(baseHex, 0.55);
        var accent = ColorSwatches.IsLight(baseHex) ? ColorSwatches.Shade(baseHex, -0.2) : ColorSwatches.Shade(baseHex, 0.3);
        var tile = pattern?.Trim().ToLowerInvariant() switch
        {
            "striped" or "stripe" or "stripes" => (24, $"""<rect width="24" height="8" fill="{ink}"/>"""),
            "checked" or "check" or "plaid" or "gingham" => (40, $"""<rect width="40" height="14" fill="{ink}" opacity=".5"/><rect width="14" height="40" fill="{ink}" opacity=".5"/>"""),
            "polka dot" or "polka dots" or "spotted" => (30, $"""<circle cx="8" cy="8" r="4" fill="{ink}"/><circle cx="23" cy="23" r="4" fill="{ink}"/>"""),
            "floral" => (60, Flower(20, 20, 5, ink, accent) + Flower(48, 46, 4, accent, ink) + $"""<ellipse cx="36" cy="22" rx="6" ry="2.5" fill="{accent}" transform="rotate(35 36 22)"/>"""),
            "paisley" => (56, $"""<path d="M18 10 Q34 14 30 30 Q26 42 14 40 Q24 32 18 10 Z" fill="{ink}"/><circle cx="42" cy="42" r="3" fill="{accent}"/><path d="M40 24 Q48 26 46 34" stroke="{accent}" fill="none" stroke-width="2"/>"""),
            "animal print" or "leopard" or "leopard print" => (70, Spot(14, 16, ink, accent) + Spot(48, 22, ink, accent) + Spot(30, 50, ink, accent) + Spot(60, 58, ink, accent)),
            "geometric" => (40, $"""<polygon points="20,3 37,20 20,37 3,20" fill="none" stroke="{ink}" stroke-width="3"/><circle cx="20" cy="20" r="3" fill="{accent}"/>"""),
            _ => (0, ""),
        };
        if (tile.Item1 == 0) return null;
        return $"""<pattern id="{Id}" width="{tile.Item1}" height="{tile.Item1}" patternUnits="userSpaceOnUse"><rect width="{tile.Item1}" height="{tile.Item1}" fill="{baseHex}"/>{tile.Item2}</pattern>""";
    }

    private static string Flower(int x, int y, int r, string petals, string centre) =>
        $"""<circle cx="{x - r}" cy="{y}" r="{r}" fill="{petals}"/><circle cx="{x + r}" cy="{y}" r="{r}" fill="{petals}"/><circle cx="{x}" cy="{y - r}" r="{r}" fill="{petals}"/><circle cx="{x}" cy="{y + r}" r="{r}" fill="{petals}"/><circle cx="{x}" cy="{y}" r="{r - 1}" fill="{centre}"/>""";

    private static string Spot(int x, int y, string ring, string core) =>
        $"""<ellipse cx="{x}" cy="{y}" rx="9" ry="7" fill="none" stroke="{ring}" stroke-width="3" stroke-dasharray="10 4"/><ellipse cx="{x}" cy="{y}" rx="4" ry="3" fill="{core}"/>""";
}
