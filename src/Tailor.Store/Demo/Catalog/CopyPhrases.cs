namespace Tailor.Store.Demo.Catalog;

/// <summary>
/// The copywriter's phrase book. Placeholders: {title} {noun} {name} {brand} {style} {season} {occasion} {pattern}
/// {pairing} {material}, and {this} {This} {is} {has} {it} {s} for grammar; the copywriter fills them, so each product reads differently.
/// </summary>
internal static class CopyPhrases
{
    public static readonly IReadOnlyList<string> StyleNames =
    [
        "Aurora", "Willow", "Harper", "Isla", "Camden", "Hudson", "Margot", "Sienna", "Ottilie", "Delphine", "Rowan", "Marlow",
        "Clementine", "Freya", "Juno", "Ines", "Mabel", "Nell", "Pippa", "Rosa", "Tilly", "Vita", "Wren", "Zadie", "Alba",
        "Cleo", "Elodie", "Flora", "Hattie", "Iris", "Lola", "Maya", "Odette", "Paloma", "Romy", "Sadie", "Thea", "Vera",
        "Arlo", "Caspar", "Dexter", "Ellis", "Finn", "Hugo", "Jude", "Luca", "Milo", "Otis", "Silas", "Teddy", "Jasper",
        "Lennox", "Monty", "Nico", "Orson", "Porter", "Brixton", "Soho", "Marais", "Portobello", "Hampstead", "Amalfi",
        "Riviera", "Capri", "Seville", "Lisbon", "Kyoto", "Oslo", "Havana", "Tulum", "Harlow", "Beatrix", "Esme", "Greta",
    ];

    public static readonly IReadOnlyList<string> Adjectives =
        ["Essential", "Everyday", "Classic", "Signature", "Weekend", "Heritage", "Studio", "Easy", "Modern", "Textured", "Lightweight", "Washed"];

    public static readonly IReadOnlyList<string> Openers =
    [
        "Meet the {title}: the {noun} you'll reach for again and again.",
        "Our {name} {noun} {is} made for {occasion}.",
        "Designed for {occasion}, {this} {style} {noun} make{s} getting dressed effortless.",
        "Easy to wear and hard to take off: {this} {noun} will be on repeat all {season}.",
        "{This} {pattern}{noun} bring{s} quiet confidence to {occasion}.",
        "Some pieces just work. {This} {noun} from {brand} {is} one of them.",
        "Designed in our London studio, the {name} {noun} balance{s} {style} lines with everyday comfort.",
        "New-season shape, timeless feel: the {noun} we can't stop wearing.",
        "From {occasion} to lazy weekends, {this} {noun} {has} you covered.",
        "{brand} does what it does best with {this} {style} {noun}.",
        "If you buy one new piece this {season}, make it {this} {noun}.",
        "Understated, versatile and quietly brilliant: say hello to the {name}.",
    ];

    public static readonly IReadOnlyList<string> StylingTips =
    [
        "Style {it} with {pairing} for {occasion}.",
        "We love {it} with {pairing} and minimal jewellery.",
        "Wear {it} with {pairing} for an easy {style} look.",
        "Dress {it} up with {pairing}, or keep {it} low-key with clean white trainers.",
        "Pair with {pairing} now and carry {it} through to next {season}.",
        "Our stylists team {it} with {pairing}: simple, polished, done.",
        "For {occasion}, try {it} with {pairing}.",
    ];

    public static readonly IReadOnlyList<string> SustainableNotes =
    [
        "Part of our sustainable edit: better materials, same love of style.",
        "A lower-impact choice, made from {material}.",
        "Chosen for our sustainable edit because of its responsibly sourced {material}.",
    ];

    private static readonly HashSet<string> PluralNouns =
    [
        "Trousers", "Jeans", "Leggings", "Trainers", "Boots", "Sandals", "Heels", "Shoes", "Chinos", "Joggers", "Culottes",
        "Shorts", "Trunks", "Pants", "Tights", "Earrings", "Mules", "Sneakers",
    ];

    /// <summary>"Jeans", "Chelsea Boots" and "Hoop Earrings" take "these … are", not "this … is".</summary>
    public static bool IsPlural(string noun) => PluralNouns.Contains(noun[(noun.LastIndexOf(' ') + 1)..]);

    /// <summary>The grammar placeholders {this} {This} {is} {has} {it} {s} for a singular or plural noun; null for any other name.</summary>
    public static string? Agreement(string name, bool plural) => name switch
    {
        "this" => plural ? "these" : "this",
        "This" => plural ? "These" : "This",
        "is" => plural ? "are" : "is",
        "has" => plural ? "have" : "has",
        "it" => plural ? "them" : "it",
        "s" => plural ? "" : "s",
        _ => null,
    };

    /// <summary>How an occasion reads inside a sentence.</summary>
    public static string OccasionPhrase(string occasion) => occasion switch
    {
        "wedding" => "wedding-guest season",
        "party" => "parties and celebrations",
        "date night" => "date nights",
        "holiday" => "your next holiday",
        "casual" => "everyday wear",
        "work" => "the office",
        "beach" => "long days at the beach",
        "festival" => "festival season",
        "gym" => "your next training session",
        "travel" => "long journeys",
        _ => occasion,
    };

    private static readonly Dictionary<string, string[]> Pairings = new()
    {
        ["dresses"] = ["strappy sandals", "block heels", "a cropped denim jacket", "white trainers", "a woven straw bag", "a fine-knit cardigan"],
        ["jeans"] = ["a crisp white shirt", "a chunky knit", "a tucked-in tee", "Chelsea boots", "a camel coat", "a silk cami"],
        ["trousers"] = ["a fitted knit", "loafers", "a relaxed blazer", "a striped shirt", "pointed heels", "a simple tee"],
        ["t-shirts"] = ["straight-leg jeans", "a midi skirt", "tailored trousers", "an oversized blazer", "wide-leg trousers"],
        ["shirts"] = ["straight-leg jeans", "tailored trousers", "a slip skirt", "chinos", "a knitted vest"],
        ["knitwear"] = ["straight-leg jeans", "a satin midi skirt", "wide-leg trousers", "a collared shirt underneath", "ankle boots"],
        ["jackets"] = ["a slip dress", "straight-leg jeans", "a white tee", "chinos", "a hoodie", "leather boots"],
        ["coats"] = ["a roll-neck jumper", "straight-leg jeans", "tailored trousers", "Chelsea boots", "a cashmere scarf"],
        ["skirts"] = ["a tucked-in tee", "a fine-knit jumper", "ankle boots", "a crisp shirt", "strappy sandals"],
        ["activewear"] = ["a matching sports bra", "running trainers", "an oversized sweatshirt", "a zip-through track top"],
        ["swimwear"] = ["a linen shirt", "a straw hat", "slide sandals", "a sarong", "oversized sunglasses"],
        ["sneakers"] = ["cropped jeans", "a slip dress", "joggers", "wide-leg trousers", "a midi skirt"],
        ["boots"] = ["skinny jeans", "a midi dress", "a wool coat", "a pleated skirt", "straight-leg trousers"],
        ["heels"] = ["a slip dress", "tailored trousers", "cropped jeans", "a satin midi skirt", "a jumpsuit"],
        ["sandals"] = ["a linen dress", "denim shorts", "a maxi skirt", "cropped trousers", "swimwear"],
        ["bags"] = ["a tailored coat", "jeans and a tee", "a summer dress", "a crisp shirt", "your everyday outfits"],
        ["belts"] = ["high-waisted jeans", "a shirt dress", "tailored trousers", "an oversized blazer", "chinos"],
        ["scarves"] = ["a wool coat", "a denim jacket", "a trench coat", "a crew-neck jumper", "a leather jacket"],
        ["hats"] = ["a linen shirt", "a wool coat", "a summer dress", "a puffer jacket", "swimwear"],
        ["jewellery"] = ["a crisp white shirt", "a little black dress", "a silk cami", "a fine-knit jumper", "everyday tees"],
    };

    private static readonly string[] AnyPairing = ["your favourite jeans"];

    /// <summary>What the store's stylists pair each category with.</summary>
    public static IReadOnlyList<string> PairingsFor(string category) => Pairings.GetValueOrDefault(category) ?? AnyPairing;

    /// <summary>The fit line of the description; empty where fit means nothing (bags, jewellery).</summary>
    public static string FitLine(string? fit) => fit switch
    {
        "slim" => "It has a slim fit that follows your shape without clinging.",
        "regular" => "A regular fit: not too close, not too loose.",
        "relaxed" => "Cut for a relaxed fit, with room to move.",
        "oversized" => "The oversized fit is intentional; size down for a closer look.",
        "fitted" => "Fitted through the body for a defined silhouette.",
        "skinny" => "A skinny fit from hip to ankle, with stretch so it moves with you.",
        "straight" => "A straight leg from hip to hem that suits every shape.",
        "wide-leg" => "The wide leg is long and fluid, best with a little heel.",
        "tapered" => "Roomy at the top and tapered to the ankle.",
        "tailored" => "Sharply tailored, with structure through the shoulder.",
        "standard fit" => "Standard width; if you have wider feet, look for our wide-fit styles.",
        "wide fit" => "A wide fit (E width) with extra room across the forefoot.",
        _ => "",
    };
}
