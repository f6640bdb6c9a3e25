using Tailor.Assistant.Respond;
using Tailor.Assistant.Skills.Pricing;
using Tailor.Assistant.Skills.Products;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Domain.Catalog;
using Tailor.Domain.Conversations;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// Questions about products: picking one from the results, details, stock, fit, delivery, prices and codes,
/// comparisons and recommendations. Every figure said comes from the product facts or price quote of this turn.
/// </summary>
public sealed partial class ProductAdvice(
    PromotionFinder promotions, DeliveryEstimator delivery, RecommendationDesk recommendations,
    ProductReferences references, Stylist stylist, FittingRoom fittingRoom, StoreSettings settings, TimeProvider time)
{
    public async Task SelectAsync(Turn turn, ProductRef reference, CancellationToken ct)
    {
        if (await ResolveAsync(turn, reference, ct) is not { } product) return;
        if (ProductReferences.MissingColor(product, reference.Color ?? turn.Understanding.Entities.Constraints.Colors.FirstOrDefault()) is { } missing)
        {
            ProductReferences.SayMissingColor(turn, product, missing);
            turn.Reply.Add(new ProductsPart([Card(product)]));
            return;
        }
        if (!product.InStock)
        {
            turn.Reply.Say("product_stock_none", ("title", product.Title)).Say("product_next_step");
            return;
        }
        turn.Reply.Say("product_focus", ("title", product.Title), ("brand", product.Brand), ("price_text", PriceText(turn, product)),
            ("colors", ListOrNone(product.ColorsInStock)), ("sizes", ListOrNone(product.SizesInStock)), ("rating_text", RatingText(product)));
        turn.Reply.Add(new ProductsPart([Card(product)]));
        turn.Reply.Say("product_next_step").QuickReplies(["what sizes are left?", "does it run small?", "what is it made of?", "when would it arrive?"]);
    }

    public async Task DetailAsync(Turn turn, AskProductDetail question, CancellationToken ct)
    {
        // Delivery dates are the same for every product: "when would it arrive?" after a list needs no "which one?".
        if (question.Aspect is ProductAspect.Delivery)
        {
            await ResolveAsync(turn, question.Product, ct, quiet: true);
            Delivery(turn, delivery.Estimate(DeliveryCountry, time.GetUtcNow()));
            turn.Reply.Say("product_next_step");
            return;
        }
        var size = question.Size ?? turn.Understanding.Entities.Constraints.Size;
        var shortFact = question.Aspect is ProductAspect.Material or ProductAspect.Care or ProductAspect.Stock or ProductAspect.Sizes or ProductAspect.Colors
            or ProductAspect.Features or ProductAspect.Fit or ProductAspect.Reviews;
        if (await ResolveAsync(turn, question.Product, ct, quiet: shortFact) is not { } product)
        {
            if (shortFact) await AnswerEachShownAsync(turn, question, size, ct);
            return;
        }
        var reply = turn.Reply;
        switch (question.Aspect)
        {
            case ProductAspect.Material or ProductAspect.Care or ProductAspect.Colors or ProductAspect.Features:
                Answer(turn, product, question, size);
                break;
            case ProductAspect.Fit or ProductAspect.Reviews when product.Fit.Reviews == 0:
                reply.Say("product_reviews_none", ("title", product.Title));
                break;
            case ProductAspect.Fit:
                reply.Say("product_fit", ("title", product.Title), ("fit_verdict", Verdict(product.Fit)), ("fit_share", VerdictShare(product.Fit)),
                    ("reviews", product.Fit.Reviews), ("fit_advice", FitAdvice(product.Fit)));
                break;
            case ProductAspect.Reviews:
                reply.Say("product_reviews", ("title", product.Title), ("rating", product.Fit.AverageRating), ("reviews", product.Fit.Reviews),
                    ("fit_share", VerdictShare(product.Fit)), ("fit_verdict", Verdict(product.Fit)), ("snippet", product.Reviews.FirstOrDefault()?.Text ?? ""));
                break;
            case ProductAspect.Price:
                await PriceAsync(turn, new ProductRef(Handle: product.Handle), turn.Understanding.Entities.PromoCode, ct);
                return;
            case ProductAspect.Measurements:
                Measurements(turn, product, size);
                break;
            case ProductAspect.Description:
                reply.Text(product.Description);
                break;
            case ProductAspect.AddToBag:
                reply.Say("product_add_to_bag", ("title", product.Title), ("url", product.Url));
                reply.Add(new ProductsPart([Card(product)]));
                return;
            default:
                Answer(turn, product, question, size);
                break;
        }
        reply.Say("product_next_step");
    }

    /// <summary>"Is it machine washable?" after a list with none picked: a short fact is answered for each one shown.</summary>
    private async Task AnswerEachShownAsync(Turn turn, AskProductDetail question, string? size, CancellationToken ct)
    {
        var shown = await references.ShownAsync(turn, ct);
        if (shown.Count < 2)
        {
            await references.AskWhichAsync(turn, question.Product, ct);
            return;
        }
        turn.Reply.Say("product_each_shown");
        foreach (var each in shown) Answer(turn, each, question, size);
        turn.Reply.Say("product_each_pick").QuickReplies(shown.Select(p => p.Title));
    }

    /// <summary>One short fact of one product: what it is made of, its care, its colours, or its stock (in a size and colour).</summary>
    private static void Answer(Turn turn, ProductFacts product, AskProductDetail question, string? size)
    {
        var reply = turn.Reply;
        switch (question.Aspect)
        {
            case ProductAspect.Material:
                reply.Say("product_material", ("title", product.Title), ("material", product.Attributes.Material ?? "a blend we don't list"),
                    ("care_text", string.IsNullOrEmpty(product.Care) ? "" : $"Care: {product.Care}"));
                break;
            case ProductAspect.Care:
                reply.Say("product_care", ("title", product.Title), ("care", string.IsNullOrEmpty(product.Care) ? "see the label" : product.Care));
                break;
            case ProductAspect.Colors:
                reply.Say("product_colors", ("title", product.Title), ("colors_all", ConstraintsDescriber.Join(product.Variants.Select(v => v.Color).Distinct().ToList())),
                    ("colors", ListOrNone(product.ColorsInStock)));
                break;
            case ProductAspect.Features:
                foreach (var feature in turn.Understanding.Entities.Features)
                    if (ProductFeatures.Default.LineAbout(product, feature) is { } line) reply.Say("product_feature_found", ("title", product.Title), ("line", line));
                    else reply.Say("product_feature_unknown", ("title", product.Title), ("feature", feature));
                break;
            case ProductAspect.Fit when product.Fit.Reviews > 0:
                reply.Say("product_fit_short", ("title", product.Title), ("fit_verdict", Verdict(product.Fit)), ("fit_share", VerdictShare(product.Fit)),
                    ("reviews", product.Fit.Reviews));
                break;
            case ProductAspect.Reviews when product.Fit.Reviews > 0:
                reply.Say("product_reviews_short", ("title", product.Title), ("rating", product.Fit.AverageRating), ("reviews", product.Fit.Reviews),
                    ("fit_verdict", Verdict(product.Fit)));
                break;
            case ProductAspect.Fit or ProductAspect.Reviews:
                reply.Say("product_reviews_none_short", ("title", product.Title));
                break;
            default:
                var color = question.Product.Color ?? turn.Understanding.Entities.Constraints.Colors.FirstOrDefault();
                if (ProductReferences.MissingColor(product, color) is { } missing) ProductReferences.SayMissingColor(turn, product, missing);
                else Stock(turn, product, size, color);
                break;
        }
    }

    public async Task CompareAsync(Turn turn, ProductRef first, ProductRef second, CancellationToken ct)
    {
        if (turn.State.Results.Count < 2 && turn.State.Focus is null)
        {
            turn.Reply.Say("compare_need_two");
            turn.Outcome = TurnOutcome.Clarified;
            return;
        }
        if (await ResolveAsync(turn, first, ct) is not { } a || await ResolveAsync(turn, second, ct) is not { } b) return;
        var comparison = new ProductComparer().Compare(a, b);
        turn.Reply.Say("compare_summary", ("rows", ComparisonRows(turn, comparison)), ("verdict", ComparisonVerdict(comparison)));
        turn.Reply.Add(new ProductsPart([Card(a), Card(b)]));
    }

    public async Task PriceAsync(Turn turn, ProductRef reference, string? code, CancellationToken ct)
    {
        if (await ResolveAsync(turn, reference, ct) is not { } product) return;
        var entities = turn.Understanding.Entities.Constraints;
        code ??= turn.State.PromoCode;
        if (code is not null) turn.State.PromoCode = code;
        var quote = await promotions.QuoteAsync(product.Handle, code, entities.Size, entities.Colors.FirstOrDefault(), ct);
        var best = quote?.Variants.OrderBy(v => v.FinalPrice).FirstOrDefault();
        if (quote is null || best is null)
        {
            turn.Reply.Say("product_stock_none", ("title", product.Title));
            return;
        }
        if (code is null || quote.Code is null)
            turn.Reply.Say("price_quote", ("title", product.Title), ("price", best.FinalPrice),
                ("was_text", best.CompareAtPrice is { } was ? $" (was {Money(turn, was)})" : best.FinalPrice < best.ListPrice ? $" (usually {Money(turn, best.ListPrice)})" : ""),
                ("promo_text", best.AppliedPromotion is { } promo && best.FinalPrice < best.ListPrice ? $" with {promo.Name}" : ""));
        else if (best.CodeRefusal is null)
            turn.Reply.Say("price_quote_code", ("code", quote.Code.Code), ("title", product.Title), ("final", best.FinalPrice), ("price", best.ListPrice));
        else
            turn.Reply.Say("price_code_rejected", ("code", quote.Code.Code), ("title", product.Title), ("reason", Refusal(turn, best.CodeRefusal)),
                ("price", best.FinalPrice));
        turn.Reply.Say("product_next_step");
    }

    public async Task PromotionsAsync(Turn turn, string? category, string? code, CancellationToken ct)
    {
        var reply = turn.Reply;
        if (code is not null)
        {
            turn.State.PromoCode = code;
            var check = await promotions.CheckCodeAsync(code, ct);
            var active = await promotions.ActiveAsync(null, ct);
            switch (check.Status)
            {
                case CodeStatus.Valid:
                    reply.Say("code_valid", ("code", check.Code), ("description", Describe(turn, check.Promotion!)),
                        ("minimum_text", check.MinimumSpend is { } min ? $" on orders of {Money(turn, min)} or more" : ""),
                        ("ends", check.EndsAt is { } end ? DateOnly.FromDateTime(end.UtcDateTime) : "further notice"));
                    break;
                case CodeStatus.Expired:
                    reply.Say("code_expired", ("code", check.Code), ("date", DateOnly.FromDateTime(check.EndsAt!.Value.UtcDateTime)));
                    break;
                case CodeStatus.NotStarted:
                    reply.Say("code_not_started", ("code", check.Code), ("date", DateOnly.FromDateTime(check.StartsAt!.Value.UtcDateTime)));
                    break;
                default:
                    reply.Say("code_unknown", ("code", check.Code),
                        ("codes", ListOrNone(active.Where(p => p.Code is not null).Select(p => p.Code!).ToList())));
                    break;
            }
            return;
        }
        category ??= turn.State.Search?.Category;
        var what = category ?? "our range";
        var offers = await promotions.ActiveAsync(category, ct);
        if (offers.Count == 0) reply.Say("promotions_none", ("what", what));
        else reply.Say("promotions_list", ("list", ConstraintsDescriber.Join(offers.Take(4).Select(o => Describe(turn, o)).ToList())));

        var sale = await promotions.OnSaleAsync(category, 4, ct);
        if (sale.Count == 0)
            reply.Say("sale_none", ("what", what));
        else
        {
            reply.Say("sale_items", ("what", category ?? "items"));
            reply.Add(new ProductsPart(sale.Select(s => new ProductCard(s.Handle, s.Title, s.Price, s.WasPrice, settings.Currency, s.ImageUrl, s.Url,
                [], [], s.Promotion is { } p ? p.Name : $"{Money(turn, s.Saving)} off")).ToList()));
        }
        reply.Say("search_next_step");
    }

    public async Task SizeAdviceAsync(Turn turn, ProductRef reference, string? size, CancellationToken ct)
    {
        if (await ResolveAsync(turn, reference, ct, quiet: true) is not { } product)
        {
            // "I'm a US 6, what's that in UK sizes?" needs no product: the store's conversion answers it.
            var shown = turn.Understanding.Entities.Measurements is { IsEmpty: false } ? await references.ShownAsync(turn, ct) : [];
            if (shown.Count >= 2 && reference == ProductRef.Focused)
                fittingRoom.AdviseEach(turn, shown, turn.Understanding.Entities.Measurements!);
            else if (ConvertedSize(turn) is { } converted)
                turn.Reply.Say("size_converted", ("from", converted.Text.ToUpperInvariant()), ("to", converted.Value.StartsWith("UK", StringComparison.OrdinalIgnoreCase) ? converted.Value : $"UK {converted.Value}"));
            else await references.AskWhichAsync(turn, reference, ct);
            return;
        }
        fittingRoom.Advise(turn, product, size);
        turn.Reply.Say("product_next_step");
    }

    /// <summary>A size the recognizer read in another system ("US 6" → 10), if the message had one.</summary>
    private static EntitySpan? ConvertedSize(Turn turn) =>
        turn.Understanding.Entities.Spans.FirstOrDefault(s => s.Kind == EntityKinds.Size && !s.Negated
            && !string.Equals(s.Text.Trim(), s.Value, StringComparison.OrdinalIgnoreCase) && s.Text.Any(char.IsDigit)
            && (s.Text.StartsWith("us", StringComparison.OrdinalIgnoreCase) || s.Text.StartsWith("eu", StringComparison.OrdinalIgnoreCase)));

    public async Task StyleAdviceAsync(Turn turn, ProductRef reference, string? occasion, CancellationToken ct)
    {
        var anchor = turn.State.Focus is not null || reference.Position is not null || turn.Page.ProductHandle is not null
            ? await ResolveAsync(turn, reference, ct, quiet: true) : null;
        await stylist.AdviseAsync(turn, anchor, occasion, ct);
    }

    public Task RecommendAsync(Turn turn, ProductRef reference, Skills.Recommendations.RecommendationKind? kind, CancellationToken ct) =>
        recommendations.AnswerAsync(turn, reference, kind, ct);

    private Task<ProductFacts?> ResolveAsync(Turn turn, ProductRef reference, CancellationToken ct, bool quiet = false) =>
        references.ResolveAsync(turn, reference, ct, quiet);
}
