using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>The product cards of a turn against what the script expects, each card verified against the catalog.</summary>
public static class ProductChecks
{
    public static async Task<List<string>> CheckAsync(ProductExpectation expect, TurnObservation turn, StoreFacts facts)
    {
        var failures = new List<string>();
        var cards = turn.Cards;
        if (expect.Min is { } min && cards.Count < min) failures.Add($"expected at least {min} products, got {cards.Count}");
        if (expect.Max is { } max && cards.Count > max) failures.Add($"expected at most {max} products, got {cards.Count}");
        if (expect.Count is { } count && cards.Count != count) failures.Add($"expected {count} products, got {cards.Count}");

        if (expect.All is { } all)
            foreach (var card in cards)
                if (await FailureAsync(all, card.Handle, card.Colors, card.Price, facts) is { } failure) failures.Add($"card '{card.Handle}': {failure}");
        if (expect.Any is { } some)
        {
            var anyFits = false;
            foreach (var card in cards)
                anyFits |= await FailureAsync(some, card.Handle, card.Colors, card.Price, facts) is null;
            if (!anyFits) failures.Add("no card satisfies the 'any' conditions");
        }

        var prices = cards.Select(c => c.Price).ToList();
        switch (expect.Sorted)
        {
            case null: break;
            case "price_asc":
                if (!prices.SequenceEqual(prices.Order())) failures.Add($"cards should be cheapest first: {string.Join(", ", prices)}");
                break;
            case "price_desc":
                if (!prices.SequenceEqual(prices.OrderDescending())) failures.Add($"cards should be dearest first: {string.Join(", ", prices)}");
                break;
            case "rating_desc":
                var ratings = new List<double>();
                foreach (var card in cards)
                    ratings.Add(await facts.ProductAsync(card.Handle) is { Reviews.Count: > 0 } p ? p.Reviews.Average(r => r.Rating) : 0);
                if (ratings.Count > 0 && ratings[0] < ratings.Max() - 0.75)
                    failures.Add($"the first card should be among the best rated: {string.Join(", ", ratings.Select(r => r.ToString("0.0")))}");
                break;
            default: throw new InvalidDataException($"Unknown sort check '{expect.Sorted}'.");
        }

        if (expect.NotSeenBefore == true)
            foreach (var card in cards.Where(c => turn.Memory.Shown.Contains(c.Handle)))
                failures.Add($"card '{card.Handle}' was already shown earlier");
        if (expect.CheaperThanBefore == true)
        {
            if (turn.Before.ShownPrices is not { } shown) failures.Add("no earlier page to be cheaper than");
            else foreach (var card in cards.Where(c => c.Price >= shown.Min)) failures.Add($"card '{card.Handle}' at £{card.Price} is not cheaper than the cheapest shown before (£{shown.Min})");
        }
        if (expect.DearerThanBefore == true)
        {
            if (turn.Before.ShownPrices is not { } shown) failures.Add("no earlier page to be dearer than");
            else foreach (var card in cards.Where(c => c.Price <= shown.Max)) failures.Add($"card '{card.Handle}' at £{card.Price} is not dearer than the dearest shown before (£{shown.Max})");
        }
        if (expect.PreviousResults is { } positions)
        {
            var wanted = positions.Select(p => StepChecks.At(turn.Before.Results, p)).ToList();
            var got = cards.Select(c => c.Handle).ToList();
            if (!wanted.SequenceEqual(got))
                failures.Add($"cards should be previous results {string.Join(", ", positions)} ({string.Join(", ", wanted.Select(w => w ?? "none"))}), got {string.Join(", ", got)}");
        }
        if (expect.IncludesPageProduct == true && !cards.Any(c => c.Handle == turn.PageProduct))
            failures.Add($"cards should include the page product {turn.PageProduct}");
        if (expect.ExcludesFocus == true && turn.Before.Focus is { } focus && cards.Any(c => c.Handle == focus))
            failures.Add($"cards should not repeat the product in focus ({focus})");
        return failures;
    }

    /// <summary>Why a product fails the conditions, or null when it meets them.</summary>
    private static async Task<string?> FailureAsync(ProductConditions c, string handle, IReadOnlyList<string> cardColors, decimal cardPrice, StoreFacts facts)
    {
        if (await facts.ProductAsync(handle) is not { } p) return "not in the catalog";
        var a = p.Attributes;
        if (c.Category is { } category && !Is(p.Category, category)) return $"category is {p.Category}, not {category}";
        if (c.CategoryIn is { } categories && !categories.Any(x => Is(p.Category, x))) return $"category {p.Category} is not one of {string.Join(", ", categories)}";
        if (c.CategoryNot is { } notCategory && Is(p.Category, notCategory)) return $"category is {notCategory}";
        if (c.Gender is { } gender && !GenderFits(p.Gender, gender)) return $"gender is {p.Gender}, not {gender}";
        if (c.Occasion is { } occasion && !a.Occasions.Any(o => Is(o, occasion))) return $"occasions [{string.Join(", ", a.Occasions)}] lack {occasion}";
        if (c.Season is { } season && !a.Seasons.Any(o => Is(o, season))) return $"seasons [{string.Join(", ", a.Seasons)}] lack {season}";
        if (c.Style is { } style && !a.Styles.Any(o => Is(o, style))) return $"styles [{string.Join(", ", a.Styles)}] lack {style}";
        if (c.Material is { } material && !Has(a.Material, material)) return $"material is {a.Material ?? "unknown"}, not {material}";
        if (c.MaterialNot is { } notMaterial && Has(a.Material, notMaterial)) return $"material is {a.Material}";
        if (c.Pattern is { } pattern && !Has(a.Pattern, pattern)) return $"pattern is {a.Pattern ?? "unknown"}, not {pattern}";
        if (c.PatternNot is { } notPattern && Has(a.Pattern, notPattern)) return $"pattern is {a.Pattern}";
        if (c.Fit is { } fit && !Has(a.Fit, fit)) return $"fit is {a.Fit ?? "unknown"}, not {fit}";
        if (c.Brand is { } brand && !Is(p.Brand, brand)) return $"brand is {p.Brand}, not {brand}";
        if (c.Mentions is { } word && !$"{p.Title} {p.Description} {a.Material} {a.Pattern} {a.Fit} {string.Join(" ", p.Tags)}".Contains(word, StringComparison.OrdinalIgnoreCase))
            return $"nothing about it mentions '{word}'";

        if (c.PriceLte is { } lte && cardPrice > lte) return $"card price £{cardPrice} is over £{lte}";
        if (c.PriceLt is { } lt && cardPrice >= lt) return $"card price £{cardPrice} is not under £{lt}";
        if (c.PriceGte is { } gte && cardPrice < gte) return $"card price £{cardPrice} is under £{gte}";
        if (c.ColorFamilyNot is { } notFamily)
            foreach (var color in cardColors)
                if (p.Variants.Any(v => Is(v.Color, color) && Is(v.ColorFamily, notFamily))) return $"card offers {color}, a {notFamily}";
        if (c.ColorFamily is { } wantedFamily)
            foreach (var color in cardColors)
                if (!p.Variants.Any(v => Is(v.Color, color) && Is(v.ColorFamily, wantedFamily))) return $"card offers {color}, not a {wantedFamily}";

        var variantRules = c.ColorFamily is not null || c.ColorFamilyNot is not null || c.Color is not null || c.SizeInStock is not null
            || c.PriceLte is not null || c.PriceLt is not null || c.PriceGte is not null || c.OnSale is not null;
        if (!variantRules) return null;
        var fits = p.Variants.Where(v => v.Stock > 0
            && (c.ColorFamily is null || Is(v.ColorFamily, c.ColorFamily))
            && (c.ColorFamilyNot is null || !Is(v.ColorFamily, c.ColorFamilyNot))
            && (c.Color is null || v.Color.Contains(c.Color, StringComparison.OrdinalIgnoreCase))
            && (c.SizeInStock is null || Sizes.Same(v.Size, c.SizeInStock))
            && (c.PriceLte is null || v.Price <= c.PriceLte)
            && (c.PriceLt is null || v.Price < c.PriceLt)
            && (c.PriceGte is null || v.Price >= c.PriceGte)
            && (c.OnSale is null || v.OnSale == c.OnSale)).ToList();
        return fits.Count > 0 ? null
            : $"no in-stock variant meets the variant conditions together (in stock: {string.Join(", ", p.Variants.Where(v => v.Stock > 0).Select(v => $"{v.Size}/{v.Color}({v.ColorFamily}) £{v.Price}").Take(16))})";
    }

    private static bool Is(string? value, string wanted) => string.Equals(value?.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool Has(string? value, string wanted) => value is not null && value.Contains(wanted, StringComparison.OrdinalIgnoreCase);

    private static bool GenderFits(Gender gender, string wanted) =>
        Enum.Parse<Gender>(wanted, ignoreCase: true) is var g && (gender == g || (gender == Gender.Unisex && g is Gender.Women or Gender.Men));
}
