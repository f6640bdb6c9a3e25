namespace Tailor.Store.Demo.Catalog;

/// <summary>A fabric or material: how it is named in a title, cared for, described, when it is worn and what it costs.</summary>
internal sealed record MaterialSpec(
    string Name,
    string TitleWord,
    string Care,
    IReadOnlyList<string> Stories,
    IReadOnlyList<string> Seasons,
    bool Sustainable,
    decimal PriceFactor);

/// <summary>The materials the demo store's products are made of.</summary>
internal static class Materials
{
    private static readonly string[] AllYear = ["spring", "summer", "autumn", "winter"];
    private static readonly string[] Warm = ["spring", "summer"];
    private static readonly string[] Cold = ["autumn", "winter"];

    private static readonly MaterialSpec[] Specs =
    [
        new("cotton", "Cotton", "Machine wash at 30°C. Wash dark colours separately. Do not tumble dry. Cool iron.",
            ["Cut from soft, breathable cotton that gets better with every wash.", "Made in a mid-weight cotton with a smooth hand-feel.", "The cotton is combed for a clean, soft finish that holds its shape."],
            AllYear, false, 1.0m),
        new("organic cotton", "Organic Cotton", "Machine wash at 30°C. Do not tumble dry. Reshape while damp and cool iron if needed.",
            ["Made from GOTS-certified organic cotton, grown without synthetic pesticides.", "The organic cotton is soft from the first wear and kinder to the farms it comes from."],
            AllYear, true, 1.1m),
        new("linen", "Linen", "Machine wash at 30°C on a gentle cycle. Line dry. Iron while slightly damp; a little crumple is part of linen's charm.",
            ["Woven from European flax linen that keeps you cool when the temperature climbs.", "Pure linen with a relaxed, slubby texture that softens beautifully over time.", "Light, airy linen that breathes on the warmest days."],
            Warm, true, 1.2m),
        new("wool", "Wool", "Hand wash cold or dry clean. Dry flat away from direct heat. Store folded.",
            ["Spun from a warm wool blend that traps heat without bulk.", "The wool has a dense, brushed finish that keeps out the chill."],
            Cold, false, 1.25m),
        new("merino wool", "Merino", "Hand wash or machine wash on a wool cycle at 30°C. Dry flat.",
            ["Knitted from fine extra-soft merino wool: warm, breathable and never itchy.", "Fine-gauge merino that regulates temperature, so it works from October to April."],
            Cold, false, 1.35m),
        new("cashmere", "Cashmere", "Hand wash cold with a wool detergent. Dry flat. Use a cashmere comb to remove pilling.",
            ["Knitted from Grade-A Mongolian cashmere for a feather-light warmth.", "Pure cashmere, impossibly soft and made to be worn for years."],
            Cold, false, 2.1m),
        new("silk", "Silk", "Dry clean only. Cool iron on the reverse.",
            ["Cut from fluid mulberry silk with a soft, liquid drape and a subtle sheen.", "Pure silk that moves with you and catches the light."],
            ["spring", "summer", "autumn"], false, 1.8m),
        new("satin", "Satin", "Hand wash cold or dry clean. Cool iron on the reverse.",
            ["A glossy satin with a fluid drape that feels special-occasion ready.", "The satin has a soft lustre that photographs beautifully."],
            AllYear, false, 1.15m),
        new("polyester", "", "Machine wash at 30°C. Low iron. Do not tumble dry.",
            ["Made from an easy-care fabric that resists creases, so it travels well.", "A smooth, lightweight fabric that keeps its colour wash after wash."],
            AllYear, false, 0.85m),
        new("recycled polyester", "Recycled", "Machine wash at 30°C. Do not tumble dry. Wash inside out.",
            ["Made using recycled polyester spun from post-consumer plastic bottles.", "The fabric is made from recycled fibres that give a second life to plastic waste."],
            AllYear, true, 0.95m),
        new("nylon", "Nylon", "Machine wash at 30°C. Do not tumble dry. Do not iron.",
            ["A tough, lightweight nylon that shrugs off showers.", "Made from a sleek nylon with a soft, smooth handle."],
            AllYear, false, 0.95m),
        new("viscose", "Viscose", "Hand wash cold or machine wash on a delicate cycle. Line dry. Cool iron.",
            ["Cut from a floaty viscose with a gentle, flattering drape.", "The viscose is soft and fluid, so it skims rather than clings."],
            ["spring", "summer", "autumn"], false, 0.95m),
        new("modal", "Modal", "Machine wash at 30°C. Reshape and dry flat.",
            ["Made from silky modal that feels cool against the skin.", "Responsibly sourced modal with a soft, fluid feel."],
            AllYear, true, 1.05m),
        new("denim", "Denim", "Machine wash at 30°C inside out. Wash with similar colours. Do not tumble dry.",
            ["Cut from rigid-look denim with just enough stretch for all-day comfort.", "The denim is washed for a lived-in look and a soft feel from the first wear.", "Made from a heavyweight denim that will fade beautifully with wear."],
            AllYear, false, 1.0m),
        new("leather", "Leather", "Wipe clean with a damp cloth. Treat with leather conditioner. Store in the dust bag provided.",
            ["Crafted from smooth full-grain leather that softens and shapes to you.", "Made from supple leather sourced from a Leather Working Group certified tannery."],
            AllYear, false, 1.5m),
        new("suede", "Suede", "Brush with a suede brush. Protect with a suede spray. Keep away from water.",
            ["Made from velvety suede with a rich, soft nap.", "The suede is buttery-soft and treated to resist light rain."],
            ["spring", "autumn", "winter"], false, 1.4m),
        new("canvas", "Canvas", "Spot clean with a damp cloth. Air dry.",
            ["Made from a sturdy cotton canvas built for everyday use.", "Heavyweight canvas that holds its shape and wears in with character."],
            ["spring", "summer", "autumn"], false, 0.9m),
        new("mesh", "Mesh", "Spot clean with a damp cloth. Air dry away from direct heat.",
            ["The breathable engineered mesh upper keeps your feet cool mile after mile."],
            AllYear, false, 1.0m),
        new("straw", "Straw", "Spot clean only. Keep dry and store flat to keep its shape.",
            ["Hand-woven from natural straw for an easy, sunny-day look."],
            Warm, true, 1.0m),
        new("sterling silver", "Silver", "Store in the pouch provided. Polish with a soft cloth. Remove before swimming or showering.",
            ["Crafted from 925 sterling silver, hallmarked and nickel-free."],
            AllYear, false, 1.2m),
        new("gold vermeil", "Gold Vermeil", "Store in the pouch provided. Avoid contact with perfume and water.",
            ["Made from a thick layer of 18ct gold over sterling silver for lasting shine.", "Gold vermeil: real 18ct gold on recycled sterling silver."],
            AllYear, true, 1.5m),
        new("gold-plated brass", "Gold-Plated", "Store in the pouch provided. Avoid contact with water, perfume and lotions.",
            ["Gold-plated brass with a bright, polished finish."],
            AllYear, false, 0.8m),
    ];

    private static readonly Dictionary<string, MaterialSpec> ByName = Specs.ToDictionary(m => m.Name);

    public static MaterialSpec Of(string name) => ByName[name];
}
