using Tailor.Domain.Catalog;

namespace Tailor.Store.Demo.Reviews;

/// <summary>What shoppers write, by star rating and by how the item fitted. Placeholders: {noun} {colour} {size} {area} {height} {this} {it}.</summary>
internal static class ReviewPhrases
{
    // Indexed by star rating (1–5); index 0 is unused.
    private static readonly string[][] TitlesByRating =
    [
        [],
        ["Sending it back", "Poor quality", "Really disappointed", "Would not recommend"],
        ["Disappointed", "Not for me", "Expected more", "Not as pictured"],
        ["It's okay", "Nice but not perfect", "Mixed feelings", "Decent", "Good, not great"],
        ["Really nice", "Lovely {noun}", "Great buy", "Very happy", "Almost perfect", "Good quality", "Gorgeous colour"],
        ["Love it!", "Absolutely perfect", "Obsessed", "Best buy this year", "Worth every penny", "Stunning", "So pleased", "My new favourite", "Exceeded expectations", "Perfect {noun}"],
    ];

    private static readonly string[][] OpeningsByRating =
    [
        [],
        ["Really disappointed with {this}.", "It arrived with a loose seam and had to go back.", "The quality just isn't there for the price.", "Started to bobble after one wash."],
        ["Sadly {this} didn't work for me.", "The fabric feels cheaper than the price suggests.", "Not as flattering as it looks online.", "The {colour} looked quite different in real life."],
        ["Nice enough, but not quite what I expected.", "Decent quality, although the fabric is thinner than I hoped.", "The {colour} was slightly different from the photos.", "Fine for the price, nothing special."],
        ["Really pleased with {this} {noun}.", "Lovely quality for the price.", "Looks great on and feels comfortable.", "The {colour} is gorgeous, exactly as pictured.", "Very nice, just one small niggle about the stitching."],
        ["I absolutely love {this} {noun}.", "Bought {this} for a wedding and got so many compliments.", "The {colour} is even nicer in person.",
         "Honestly one of the best things I've bought in ages.", "Third one I've bought — that says it all.", "Beautiful quality, feels far more expensive than it was."],
    ];

    private static readonly string[] SmallFit =
    [
        "I'm normally a {size} and {this} came up small, so I'd size up.", "Runs small, especially across the {area}.",
        "Had to exchange {it} for the next size up.", "Snug fit; if you're between sizes, go up.", "Tight across the {area} in my usual {size}.",
    ];
    private static readonly string[] LargeFit =
    [
        "Comes up large; I could have sized down from my usual {size}.", "Quite roomy, I'd go a size down.",
        "Generous fit, so size down if you like it closer.", "Big across the {area} even in a {size}.",
    ];
    private static readonly string[] TrueFit =
        ["True to size, I took my usual {size}.", "Fits exactly as expected in a {size}.", "Size {size} fits perfectly.", "My usual size fits well.", "Fit is spot on."];

    private static readonly string[] KidsWear = ["My little one loves {it}.", "Has survived the playground so far.", "Washes well, which is essential with kids.", "Bought a size up to grow into."];
    private static readonly string[] ShoesWear = ["Comfortable from the first wear, no blisters.", "Took a few wears to break in.", "Good grip on the sole.", "I've walked miles in them already."];
    private static readonly string[] AccessoryWear = ["Feels well made and the finish is lovely.", "Fits all my essentials.", "Looks much more expensive than it is.", "Goes with everything I own."];
    private static readonly string[] ClothingWear =
    [
        "Washes well and hasn't lost its shape.", "The fabric is soft and not see-through.", "Good length for my height ({height} cm).",
        "Creases a little but nothing a quick steam won't fix.", "Length is perfect on me at {height} cm.",
    ];

    private static readonly string[] HappyClosings = ["Would definitely buy again.", "Delivery was quick too.", "Highly recommend.", "Might get another colour.", "Already planning outfits around it."];
    private static readonly string[] MixedClosings = ["Keeping it, but only just.", "Might work better for someone else.", "Okay for the price."];
    private static readonly string[] UnhappyClosings = ["Returned.", "Will be sending it back.", "Won't be ordering this again."];

    public static IReadOnlyList<string> Titles(int rating) => TitlesByRating[Math.Clamp(rating, 1, 5)];

    public static IReadOnlyList<string> Openings(int rating) => OpeningsByRating[Math.Clamp(rating, 1, 5)];

    public static IReadOnlyList<string> FitLines(FitFeedback fit) => fit switch
    {
        FitFeedback.Small => SmallFit,
        FitFeedback.Large => LargeFit,
        _ => TrueFit,
    };

    public static IReadOnlyList<string> Wear(bool kids, bool shoes, bool accessory) =>
        kids ? KidsWear : shoes ? ShoesWear : accessory ? AccessoryWear : ClothingWear;

    public static IReadOnlyList<string> Closings(int rating) => rating >= 4 ? HappyClosings : rating == 3 ? MixedClosings : UnhappyClosings;

    /// <summary>Where a garment pinches or gapes: what shoppers mention when it does not fit.</summary>
    public static string Area(string category) => category switch
    {
        "sneakers" or "boots" or "heels" or "sandals" => "toes",
        "jeans" or "trousers" or "skirts" => "waist",
        "dresses" or "swimwear" => "bust",
        "jackets" or "coats" or "shirts" => "shoulders",
        _ => "chest",
    };
}
