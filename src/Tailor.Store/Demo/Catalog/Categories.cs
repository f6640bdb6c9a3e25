namespace Tailor.Store.Demo.Catalog;

/// <summary>The twenty leaf categories of the demo store, with what each is made of, cut like and worn for.</summary>
internal static class Categories
{
    private static readonly string[] NoneApply = [];
    private static readonly string[] SolidOnly = ["solid"];

    public static readonly CategorySpec Dresses = new("dresses", "Dresses", Department.Clothing, 25m, 180m,
        ["cotton", "cotton", "linen", "viscose", "viscose", "silk", "satin", "polyester", "recycled polyester", "organic cotton", "modal"],
        ["solid", "solid", "solid", "solid", "floral", "floral", "floral", "polka dot", "striped", "animal print", "geometric", "paisley"],
        ["regular", "regular", "relaxed", "slim", "fitted"],
        ["v-neck", "square neck", "sweetheart", "halter", "crew neck", "scoop neck", "high neck", "off-the-shoulder", "wrap"],
        ["sleeveless", "short sleeve", "long sleeve", "puff sleeve", "flutter sleeve", "three-quarter sleeve", "cap sleeve"],
        ["wedding", "party", "date night", "holiday", "casual", "work", "beach", "festival"],
        ["concealed back zip", "side-seam pockets", "adjustable straps", "tie waist", "fully lined", "smocked back", "tiered skirt", "button-through front"],
        ColorPalettes.Fashion);

    public static readonly CategorySpec Jeans = new("jeans", "Jeans", Department.Clothing, 35m, 110m,
        ["denim"], SolidOnly,
        ["skinny", "slim", "straight", "straight", "relaxed", "wide-leg", "tapered"], NoneApply, NoneApply,
        ["casual", "casual", "casual", "date night", "travel", "festival"],
        ["five-pocket styling", "zip fly", "button fly", "stretch for comfort", "raw hem", "high rise", "mid rise", "belt loops"],
        ColorPalettes.Denim);

    public static readonly CategorySpec Trousers = new("trousers", "Trousers", Department.Clothing, 29m, 120m,
        ["cotton", "cotton", "linen", "wool", "polyester", "viscose", "recycled polyester"],
        ["solid", "solid", "solid", "solid", "solid", "solid", "checked", "striped"],
        ["slim", "tailored", "regular", "relaxed", "wide-leg"], NoneApply, NoneApply,
        ["work", "work", "casual", "travel", "wedding"],
        ["pressed front crease", "elasticated back waist", "side pockets", "hook-and-bar fastening", "pleated front", "cropped ankle length", "belt loops"],
        ColorPalettes.Fashion);

    public static readonly CategorySpec TShirts = new("t-shirts", "T-Shirts", Department.Clothing, 12m, 45m,
        ["cotton", "cotton", "cotton", "organic cotton", "organic cotton", "linen", "modal"],
        ["solid", "solid", "solid", "solid", "solid", "striped", "striped"],
        ["slim", "regular", "regular", "relaxed", "oversized"],
        ["crew neck", "crew neck", "crew neck", "v-neck", "scoop neck", "high neck"],
        ["short sleeve", "short sleeve", "short sleeve", "short sleeve", "long sleeve", "sleeveless"],
        ["casual", "casual", "casual", "gym", "holiday", "festival"],
        ["ribbed neckline", "dropped shoulders", "chest pocket", "side splits", "heavyweight jersey", "rolled cuffs"],
        ColorPalettes.Fashion);

    public static readonly CategorySpec Shirts = new("shirts", "Shirts", Department.Clothing, 25m, 95m,
        ["cotton", "cotton", "linen", "linen", "silk", "viscose", "organic cotton"],
        ["solid", "solid", "solid", "solid", "striped", "striped", "checked", "checked", "floral"],
        ["slim", "regular", "regular", "relaxed", "oversized"],
        ["collared", "collared", "collared", "mandarin collar", "tie neck", "v-neck"],
        ["long sleeve", "long sleeve", "long sleeve", "short sleeve"],
        ["work", "work", "casual", "date night", "wedding", "holiday"],
        ["mother-of-pearl buttons", "curved hem", "button cuffs", "patch pocket", "box pleat at the back", "concealed placket"],
        ColorPalettes.Fashion);

    public static readonly CategorySpec Knitwear = new("knitwear", "Knitwear", Department.Clothing, 29m, 220m,
        ["wool", "wool", "merino wool", "merino wool", "cashmere", "cotton", "recycled polyester"],
        ["solid", "solid", "solid", "solid", "solid", "striped", "geometric"],
        ["regular", "regular", "relaxed", "oversized", "slim"],
        ["crew neck", "crew neck", "v-neck", "roll neck", "funnel neck"],
        ["long sleeve"],
        ["casual", "casual", "work", "travel", "holiday"],
        ["ribbed cuffs and hem", "dropped shoulders", "fully fashioned seams", "cable-knit front", "tortoiseshell buttons", "brushed finish"],
        ColorPalettes.Knit);

    public static readonly CategorySpec Jackets = new("jackets", "Jackets", Department.Clothing, 45m, 250m,
        ["denim", "leather", "suede", "cotton", "polyester", "wool", "nylon", "recycled polyester"],
        ["solid", "solid", "solid", "solid", "solid", "solid", "checked"],
        ["regular", "regular", "relaxed", "oversized", "tailored"], NoneApply,
        ["long sleeve"],
        ["casual", "casual", "work", "travel", "date night", "festival"],
        ["two-way zip", "press-stud fastening", "inner pocket", "adjustable cuffs", "water-repellent finish", "quilted lining", "notch lapels"],
        ColorPalettes.Outerwear);

    public static readonly CategorySpec Coats = new("coats", "Coats", Department.Clothing, 79m, 350m,
        ["wool", "wool", "wool", "cashmere", "polyester", "recycled polyester", "nylon", "cotton"],
        ["solid", "solid", "solid", "solid", "solid", "solid", "checked", "checked"],
        ["regular", "regular", "relaxed", "oversized", "tailored"], NoneApply,
        ["long sleeve"],
        ["work", "work", "casual", "travel", "wedding"],
        ["detachable hood", "storm flap", "belted waist", "welt pockets", "satin lining", "back vent", "horn-effect buttons"],
        ColorPalettes.Outerwear);

    public static readonly CategorySpec Skirts = new("skirts", "Skirts", Department.Clothing, 22m, 110m,
        ["cotton", "denim", "silk", "satin", "viscose", "leather", "linen", "wool"],
        ["solid", "solid", "solid", "floral", "floral", "checked", "polka dot", "animal print", "striped"],
        ["regular", "regular", "slim", "relaxed"], NoneApply, NoneApply,
        ["work", "party", "date night", "casual", "holiday"],
        ["concealed side zip", "elasticated waistband", "front split", "fully lined", "knife pleats", "bias cut", "patch pockets"],
        ColorPalettes.Fashion);

    public static readonly CategorySpec Activewear = new("activewear", "Activewear", Department.Clothing, 18m, 75m,
        ["recycled polyester", "recycled polyester", "nylon", "polyester", "modal"],
        ["solid", "solid", "solid", "solid", "solid", "geometric", "animal print"],
        ["slim", "slim", "regular", "relaxed"], NoneApply, NoneApply,
        ["gym", "gym", "gym", "casual", "travel"],
        ["sweat-wicking fabric", "four-way stretch", "hidden key pocket", "reflective details", "flatlock seams", "high-rise waistband", "squat-proof"],
        ColorPalettes.Bright);

    public static readonly CategorySpec Swimwear = new("swimwear", "Swimwear", Department.Clothing, 18m, 85m,
        ["recycled polyester", "nylon", "nylon", "polyester"],
        ["solid", "solid", "solid", "floral", "floral", "striped", "polka dot", "animal print", "geometric"],
        ["regular"],
        ["scoop neck", "halter", "bandeau", "plunge", "v-neck", "square neck"], NoneApply,
        ["beach", "beach", "holiday", "holiday"],
        ["removable padding", "adjustable straps", "fully lined", "chlorine resistant", "UPF 50+ fabric", "mesh-lined shorts", "drawstring waist"],
        ColorPalettes.Bright);

    public static readonly CategorySpec Sneakers = new("sneakers", "Sneakers", Department.Shoes, 39m, 160m,
        ["leather", "leather", "suede", "canvas", "canvas", "mesh"], SolidOnly,
        ["standard fit", "standard fit", "standard fit", "wide fit"], NoneApply, NoneApply,
        ["casual", "casual", "gym", "travel", "festival"],
        ["cushioned insole", "rubber cupsole", "padded collar", "removable footbed", "breathable lining", "lace-up fastening"],
        ColorPalettes.Canvas);

    public static readonly CategorySpec Boots = new("boots", "Boots", Department.Shoes, 69m, 220m,
        ["leather", "leather", "leather", "suede", "suede"],
        ["solid", "solid", "solid", "solid", "solid", "animal print"],
        ["standard fit", "standard fit", "standard fit", "wide fit"], NoneApply, NoneApply,
        ["casual", "work", "festival", "travel"],
        ["elasticated side panels", "pull tab", "side zip", "cleated rubber sole", "block heel", "padded footbed", "Goodyear-welted sole"],
        ColorPalettes.Leather);

    public static readonly CategorySpec Heels = new("heels", "Heels", Department.Shoes, 49m, 180m,
        ["leather", "leather", "suede", "satin"],
        ["solid", "solid", "solid", "solid", "solid", "animal print"],
        ["standard fit", "standard fit", "standard fit", "wide fit"], NoneApply, NoneApply,
        ["wedding", "party", "date night", "work"],
        ["padded insole", "adjustable ankle strap", "pointed toe", "almond toe", "leather lining", "non-slip sole"],
        ColorPalettes.Leather);

    public static readonly CategorySpec Sandals = new("sandals", "Sandals", Department.Shoes, 25m, 120m,
        ["leather", "leather", "suede", "straw", "canvas"], SolidOnly,
        ["standard fit", "standard fit", "standard fit", "wide fit"], NoneApply, NoneApply,
        ["beach", "holiday", "casual", "wedding"],
        ["moulded footbed", "buckle fastening", "cushioned sole", "crossover straps", "jute-wrapped sole", "open toe"],
        ColorPalettes.Leather);

    public static readonly CategorySpec Bags = new("bags", "Bags", Department.Accessories, 25m, 295m,
        ["leather", "leather", "leather", "canvas", "suede", "straw", "nylon"],
        ["solid", "solid", "solid", "solid", "solid", "animal print", "checked", "striped"],
        NoneApply, NoneApply, NoneApply,
        ["work", "casual", "travel", "party", "wedding"],
        ["detachable strap", "magnetic closure", "zip-top", "internal slip pocket", "laptop sleeve", "gold-tone hardware", "cotton lining"],
        ColorPalettes.Leather);

    public static readonly CategorySpec Belts = new("belts", "Belts", Department.Accessories, 15m, 75m,
        ["leather", "leather", "leather", "suede", "canvas"], SolidOnly,
        NoneApply, NoneApply, NoneApply,
        ["work", "casual"],
        ["brushed metal buckle", "five punched holes", "stitched edges", "reversible", "keeper loop"],
        ColorPalettes.Leather);

    public static readonly CategorySpec Scarves = new("scarves", "Scarves", Department.Accessories, 15m, 150m,
        ["wool", "wool", "cashmere", "silk", "cotton", "modal"],
        ["solid", "solid", "checked", "checked", "floral", "floral", "paisley", "striped", "animal print", "polka dot"],
        NoneApply, NoneApply, NoneApply,
        ["casual", "travel", "work"],
        ["fringed ends", "hand-rolled edges", "generous length", "brushed finish", "lightweight weave"],
        ColorPalettes.Knit);

    public static readonly CategorySpec Hats = new("hats", "Hats", Department.Accessories, 12m, 65m,
        ["wool", "cotton", "cotton", "straw", "canvas"],
        ["solid", "solid", "solid", "solid", "checked", "striped"],
        NoneApply, NoneApply, NoneApply,
        ["beach", "holiday", "casual", "festival", "wedding"],
        ["adjustable back strap", "wide brim", "ribbed turn-up", "grosgrain band", "packable", "lined for warmth"],
        ColorPalettes.Knit);

    public static readonly CategorySpec Jewellery = new("jewellery", "Jewellery", Department.Accessories, 15m, 180m,
        ["sterling silver", "sterling silver", "gold vermeil", "gold vermeil", "gold-plated brass"], NoneApply,
        NoneApply, NoneApply, NoneApply,
        ["wedding", "party", "date night", "work", "casual"],
        ["hypoallergenic", "lobster clasp", "adjustable chain", "freshwater pearl", "hallmarked", "gift box included"],
        ColorPalettes.Metal);

    public static readonly IReadOnlyList<CategorySpec> All =
    [
        Dresses, Jeans, Trousers, TShirts, Shirts, Knitwear, Jackets, Coats, Skirts, Activewear,
        Swimwear, Sneakers, Boots, Heels, Sandals, Bags, Belts, Scarves, Hats, Jewellery,
    ];

    public static CategorySpec? Find(string slug) => All.FirstOrDefault(c => c.Slug == slug);
}
