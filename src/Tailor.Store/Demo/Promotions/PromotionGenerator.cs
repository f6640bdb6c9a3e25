using System.Globalization;
using Tailor.Domain.Promotions;
using Tailor.Store.Demo.Catalog;

namespace Tailor.Store.Demo.Promotions;

/// <summary>
/// The store's promotion calendar: what runs now (automatic and code offers), what ran over the order history
/// (so past orders carry real discounts) and what is scheduled next.
/// </summary>
internal sealed class PromotionGenerator(Random random, DateTimeOffset now, string currency)
{
    /// <summary>The first-order code: checkout only accepts it on a customer's first order.</summary>
    public const string WelcomeCode = "WELCOME15";

    // What goes on offer follows the weather: nobody runs a swimwear event in December.
    private static readonly string[] WarmCategories = ["dresses", "swimwear", "sandals", "shirts", "skirts", "sneakers", "bags", "t-shirts"];
    private static readonly string[] ColdCategories = ["knitwear", "boots", "coats", "jackets", "jeans", "bags", "scarves", "trousers"];
    private static readonly string[] WarmCollections = ["new-in", "occasionwear", "workwear", "sustainable", "summer-edit"];
    private static readonly string[] ColdCollections = ["new-in", "occasionwear", "workwear", "sustainable", "winter-warmers"];

    private static readonly Dictionary<string, string> CollectionNames = new()
    {
        ["new-in"] = "New In", ["occasionwear"] = "Occasionwear", ["workwear"] = "Workwear", ["sustainable"] = "Sustainable Edit",
        ["summer-edit"] = "Summer Edit", ["winter-warmers"] = "Winter Warmers",
    };

    private readonly HashSet<string> codes = new(StringComparer.OrdinalIgnoreCase);

    public List<Promotion> Generate(IReadOnlyList<ProductProfile> products)
    {
        var promotions = new List<Promotion>();
        promotions.AddRange(Current(products));
        promotions.AddRange(Seasonal());
        promotions.AddRange(Rotating());
        promotions.AddRange(Upcoming());
        return promotions.OrderBy(p => p.StartsAt).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    private IEnumerable<Promotion> Current(IReadOnlyList<ProductProfile> products)
    {
        var season = Season(now);
        var warm = IsWarm(now);
        var (category, week, collection) = warm ? ("dresses", "Dress Week", "summer-edit") : ("coats", "Coat Week", "winter-warmers");
        yield return Automatic(week, $"20% off all {category}, applied at checkout.", DiscountKind.PercentOff, 20, PromotionScope.Category, category, -4, 10);
        yield return Automatic($"The {CollectionNames[collection]}", $"15% off everything in the {CollectionNames[collection]}.", DiscountKind.PercentOff, 15,
            PromotionScope.Collection, collection, -12, 18);
        yield return WithCode($"{season.ToUpperInvariant()}10", $"{season} Savings", "10% off everything when you spend {min} or more.", DiscountKind.PercentOff, 10,
            PromotionScope.All, null, 50, -20, 40);
        yield return WithCode(WelcomeCode, "Welcome offer", "15% off your first order when you spend {min} or more.", DiscountKind.PercentOff, 15, PromotionScope.All, null, 40, -900, null);
        yield return WithCode("TAKE10", $"{Money.Format(10, currency)} off {Money.Format(75, currency)}", $"{Money.Format(10, currency)} off when you spend {{min}} or more.",
            DiscountKind.AmountOff, 10, PromotionScope.All, null, 75, -7, 21);
        yield return WithCode("WORK25", "Workwear Refresh", "25% off the Workwear collection when you spend {min} or more.", DiscountKind.PercentOff, 25,
            PromotionScope.Collection, "workwear", 60, -3, 11);
        // The deal of the week is on a bestseller that costs enough for £5 to matter.
        var deal = products.Where(p => p.Product.Collections.Contains("bestsellers") && p.Product.MinPrice >= 25)
            .OrderByDescending(p => p.Popularity).FirstOrDefault() ?? products.OrderByDescending(p => p.Popularity).FirstOrDefault();
        if (deal is not null)
            yield return Automatic("Deal of the Week", $"{Money.Format(5, currency)} off the {deal.Product.Title}.", DiscountKind.AmountOff, 5, PromotionScope.Product, deal.Product.Handle, -2, 5);
    }

    // Fixed dates of the retail year, taken from the most recent occurrence before today.
    private IEnumerable<Promotion> Seasonal()
    {
        var blackFriday = LastBefore(year => FourthFriday(year, 11));
        yield return WithCode($"BLACKFRIDAY{blackFriday.Year % 100}", "Black Friday", "30% off everything.", DiscountKind.PercentOff, 30, PromotionScope.All, null, null,
            blackFriday.AddDays(-3), blackFriday.AddDays(4));
        var boxingDay = LastBefore(year => new DateTimeOffset(year, 12, 26, 0, 0, 0, TimeSpan.Zero));
        yield return AutomaticBetween("Winter Sale", "30% off knitwear.", DiscountKind.PercentOff, 30, PromotionScope.Category, "knitwear", boxingDay, boxingDay.AddDays(21));
        yield return WithCode($"BOXING{boxingDay.Year % 100}", "Boxing Day", $"{Money.Format(15, currency)} off when you spend {{min}} or more.", DiscountKind.AmountOff, 15, PromotionScope.All, null, 100,
            boxingDay, boxingDay.AddDays(6));
        var summer = LastBefore(year => new DateTimeOffset(year, 7, 1, 0, 0, 0, TimeSpan.Zero));
        yield return WithCode($"SUMMER{summer.Year % 100}", "Summer Sale", "20% off when you spend {min} or more.", DiscountKind.PercentOff, 20, PromotionScope.All, null, 60,
            summer, summer.AddDays(31));
    }

    // Short events every six weeks or so over the order history: a category or a collection on offer.
    private IEnumerable<Promotion> Rotating()
    {
        for (var start = now.AddDays(-545); start < now.AddDays(-25); start = start.AddDays(random.Between(35, 55)))
        {
            var days = random.Between(5, 12);
            var percent = random.Pick<decimal>([15, 20, 20, 25, 30]);
            var warm = IsWarm(start);
            if (random.Chance(0.6))
            {
                var category = random.Pick(warm ? WarmCategories : ColdCategories);
                yield return AutomaticBetween($"{Title(category)} Event", $"{percent}% off {category}.", DiscountKind.PercentOff, percent,
                    PromotionScope.Category, category, start, start.AddDays(days));
            }
            else
            {
                var collection = random.Pick(warm ? WarmCollections : ColdCollections);
                var code = $"EDIT{percent}{start.ToString("MMMyy", CultureInfo.InvariantCulture).ToUpperInvariant()}";
                yield return WithCode(code, $"{CollectionNames[collection]} Offer", $"{percent}% off the {CollectionNames[collection]} collection.",
                    DiscountKind.PercentOff, percent, PromotionScope.Collection, collection, null, start, start.AddDays(days));
            }
        }
    }

    private IEnumerable<Promotion> Upcoming()
    {
        var (category, days) = IsWarm(now.AddDays(7)) ? ("sandals", "Sandal Days") : ("jeans", "Denim Days");
        yield return Automatic(days, $"20% off all {category}.", DiscountKind.PercentOff, 20, PromotionScope.Category, category, 7, 14);
        yield return WithCode("VIP25", "VIP Evening", "25% off for our members when you spend {min} or more.", DiscountKind.PercentOff, 25, PromotionScope.All, null, 100, 14, 21);
        yield return Automatic("Bag Week", $"{Money.Format(15, currency)} off every bag.", DiscountKind.AmountOff, 15, PromotionScope.Category, "bags", 21, 28);
    }

    private static string Season(DateTimeOffset day) => day.Month switch
    {
        3 or 4 or 5 => "Spring",
        6 or 7 or 8 => "Summer",
        9 or 10 or 11 => "Autumn",
        _ => "Winter",
    };

    private static bool IsWarm(DateTimeOffset day) => day.Month is >= 4 and <= 9;

    private static string Title(string slug) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug);

    private Promotion Automatic(string name, string description, DiscountKind kind, decimal value, PromotionScope scope, string? scopeValue, int startDay, int endDay) =>
        AutomaticBetween(name, description, kind, value, scope, scopeValue, now.AddDays(startDay), now.AddDays(endDay));

    private static Promotion AutomaticBetween(string name, string description, DiscountKind kind, decimal value, PromotionScope scope, string? scopeValue,
        DateTimeOffset starts, DateTimeOffset ends) =>
        new() { Name = name, Description = description, Kind = kind, Value = value, Scope = scope, ScopeValue = scopeValue, StartsAt = starts, EndsAt = ends };

    private Promotion WithCode(string code, string name, string description, DiscountKind kind, decimal value, PromotionScope scope, string? scopeValue,
        decimal? minimum, int startDay, int? endDay) =>
        WithCode(code, name, description, kind, value, scope, scopeValue, minimum, now.AddDays(startDay), endDay is { } end ? now.AddDays(end) : null);

    private Promotion WithCode(string code, string name, string description, DiscountKind kind, decimal value, PromotionScope scope, string? scopeValue,
        decimal? minimum, DateTimeOffset starts, DateTimeOffset? ends)
    {
        // Two rotating events in the same month would share a code; the later one gets a suffix.
        var wanted = code;
        for (var n = 2; !codes.Add(code); n++) code = $"{wanted}-{n}";
        return new Promotion
        {
            Name = name, Code = code, Kind = kind, Value = value, Scope = scope, ScopeValue = scopeValue, MinimumSpend = minimum,
            Description = description.Replace("{min}", minimum is { } m ? Money.Format(m, currency) : ""), StartsAt = starts, EndsAt = ends,
        };
    }

    private DateTimeOffset LastBefore(Func<int, DateTimeOffset> occurrence)
    {
        var date = occurrence(now.Year);
        return date.AddDays(7) < now ? date : occurrence(now.Year - 1);
    }

    private static DateTimeOffset FourthFriday(int year, int month)
    {
        var first = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        var offset = ((int)DayOfWeek.Friday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 21);
    }
}
