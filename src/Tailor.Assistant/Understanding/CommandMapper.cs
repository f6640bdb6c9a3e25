using Tailor.Domain.Returns;

namespace Tailor.Assistant.Understanding;

/// <summary>
/// Maps an intent and its entities to a command. Independent of how the intent was found, so an LLM understander
/// that names intents reuses it.
/// </summary>
public static class CommandMapper
{
    /// <summary>Intents answered from the store's policy pages.</summary>
    internal static readonly HashSet<string> PolicyIntents =
    [
        "shipping_policy", "returns_policy", "payment_methods", "store_contact", "gift_cards", "price_match",
        "privacy_policy", "loyalty_program", "international_shipping", "account_help",
    ];

    private static readonly HashSet<string> SmallTalkIntents = ["greeting", "goodbye", "thanks", "bot_identity", "chit_chat"];

    /// <param name="confidence">How sure understanding is of <paramref name="intent"/>; very sure wording is evidence of an order.</param>
    public static Command Map(string intent, RecognizedEntities entities, string text, UnderstandingContext context, double confidence = 1)
    {
        var evidence = OrderEvidence.Default;
        // A signed-in customer's "I'd like to return something" has their orders in sight: the flow lists them and asks.
        var ordersInSight = context.SignedIn && intent is "start_return" or "start_exchange";
        if (evidence.Guards(intent) && entities.OrderNumber is null && !context.HasOrderInFocus && !ordersInSight && !evidence.InWords(intent, text))
        {
            // "cancel" alone inside a flow stops the flow; elsewhere an order action without an order in sight is a question.
            if (intent == "cancel_order" && context.ActiveFlow is not null) return new CancelFlow();
            if (context.ActiveFlow is null && confidence < evidence.SureConfidence) return new Clarify(evidence.AlternativesTo(intent));
        }

        var constraints = entities.Constraints;
        var product = ReferenceOf(entities);
        // With an order list or an order's items on screen, "the first one" or "the delivered one" picks among them, never
        // a product; the order flow reads the pick, and what it could not read is asked again.
        if (context.ActiveFlow == OrderFlowName && entities.NamedProduct is null && intent == "select_item") return new Clarify([]);
        // "Add it to my bag": the assistant cannot, so it says how and hands over the product, whatever the words resemble.
        if (entities.Aspect is ProductAspect.AddToBag && context.ActiveFlow != OrderFlowName) return new AskProductDetail(product, ProductAspect.AddToBag);
        // "Which size in the Thea Linen Midi Dress?" reads like a search to the model, but it asks about that one product.
        if (entities.NamedProduct is not null && entities.Ordinal is null && entities.Aspect is { } aspect && intent is "search_products" or "refine_search")
            return aspect is ProductAspect.Sizes ? new AskSizeAdvice(product, constraints.Size) : new AskProductDetail(product, aspect, constraints.Size);
        // The full title alone (a tapped "which one?" reply, or typed) shows that product.
        if (entities.NamedProduct is { Whole: true } named && entities.Ordinal is null && intent is "search_products" or "refine_search" or "select_item")
            return new SelectProduct(new ProductRef(Handle: named.Handle));
        if (ProductWish(intent, entities, context) is { } wish) return wish;
        return intent switch
        {
            "search_products" => SearchOrRefine(constraints, entities, context),
            "refine_search" => context.HasActiveSearch ? new RefineSearch(constraints, entities.PriceDirection) : new SearchProducts(constraints),
            "show_more" => new ShowMore(),
            "select_item" => new SelectProduct(product),
            // "Which is the cheapest one?" compares the whole list and picks one.
            "compare_products" when entities.Ordinals.Count == 0 && product.Rank is not null => new SelectProduct(product),
            "compare_products" => Compare(entities),
            "recommendations" => new Recommend(product, RecommendationWords.Default.KindOf(text, entities.PriceDirection)),
            "back_to_previous" => new BackToPrevious(),
            "product_material" => new AskProductDetail(product, entities.Aspect is ProductAspect.Care ? ProductAspect.Care : ProductAspect.Material),
            "product_details" => new AskProductDetail(product, entities.Aspect ?? ProductAspect.Description),
            "check_availability" => new AskProductDetail(product, AvailabilityAspect(entities), constraints.Size),
            "product_reviews" => new AskProductDetail(product, entities.Aspect is ProductAspect.Fit ? ProductAspect.Fit : ProductAspect.Reviews),
            // "When will it arrive?" right after an order card means the order.
            "delivery_estimate" when context.HasOrderInFocus && !context.HasFocus && entities.NamedProduct is null && entities.Ordinal is null
                => new TrackOrder(entities.OrderNumber),
            "delivery_estimate" => new AskProductDetail(product, ProductAspect.Delivery),
            "price_question" => new AskPrice(product, entities.PromoCode),
            "promotions" => new AskPromotions(constraints.Category, entities.PromoCode),
            "promo_code" => context.HasFocus || entities.Ordinal is not null
                ? new AskPrice(product, entities.PromoCode)
                : new AskPromotions(constraints.Category, entities.PromoCode),
            "style_advice" => new AskStyleAdvice(product, constraints.Occasions.FirstOrDefault()),
            // "size 12" while browsing, with no product in focus, narrows the list (it is the engine's own quick reply).
            "size_advice" when context.HasActiveSearch && !context.HasFocus && constraints.Size is not null
                => new RefineSearch(constraints, entities.PriceDirection),
            // "Is it true to size?" asks what reviewers found, not for a size from measurements.
            "size_advice" when entities.Aspect is ProductAspect.Fit && entities.Measurements is null && constraints.Size is null
                => new AskProductDetail(product, ProductAspect.Fit),
            "size_advice" => new AskSizeAdvice(product, constraints.Size),
            "virtual_try_on" => new AskTryOn(product),
            "affirm" => new Affirm(),
            "deny" => new Deny(),
            "cancel" => new CancelFlow(),
            "correction" => new Correct(constraints),
            "feedback_positive" => new GiveFeedback(true),
            "feedback_negative" => new GiveFeedback(false),
            "request_human" => new RequestHuman("shopper asked for a person"),
            "out_of_scope" => new OutOfScope(),
            _ when PolicyIntents.Contains(intent) => new AskPolicy(intent, text),
            "track_order" => new TrackOrder(entities.OrderNumber),
            "order_history" => new OrderHistory(),
            "cancel_order" => new CancelOrder(entities.OrderNumber),
            "change_order" => new ChangeOrder(entities.OrderNumber),
            "start_return" => new StartReturn(entities.OrderNumber),
            "start_exchange" => new StartExchange(entities.OrderNumber),
            "return_status" or "refund_status" => new TrackReturn(entities.OrderNumber, ReturnNumberIn(entities, text)),
            _ when SmallTalkIntents.Contains(intent) => new SmallTalk(intent),
            _ => new OutOfScope(),
        };
    }

    private static readonly HashSet<string> ProductQuestions = ["product_details", "product_material", "check_availability", "product_reviews"];

    /// <summary>
    /// Construction details and attributes said to a product list: "is it lined?" asks about what is on screen;
    /// "any with pockets", "straight leg", "midi length please" (no question, nothing pointed at) narrow the list.
    /// </summary>
    private static Command? ProductWish(string intent, RecognizedEntities entities, UnderstandingContext context)
    {
        if (context.ActiveFlow == OrderFlowName) return null;
        var pointed = entities.Ordinal is not null || entities.NamedProduct is not null || entities.RefersToFocus || entities.RefersToOther
            || entities.ReferencedColor is not null;
        var productQuestion = ProductQuestions.Contains(intent) || intent == "select_item";
        if (entities.Features.Count > 0 && entities.AsksQuestion && productQuestion && (pointed || context.HasFocus || context.HasResults))
            return new AskProductDetail(ReferenceOf(entities), ProductAspect.Features);
        // Reviews, prices, stock or delivery are always questions about a product, however they are worded.
        var refinable = entities.Aspect is null or ProductAspect.Measurements or ProductAspect.Care or ProductAspect.Material;
        var wish = productQuestion ? !entities.AsksQuestion && (!context.HasFocus || entities.Features.Count > 0)
            : entities.Features.Count > 0 && intent is "search_products" or "refine_search";
        if (context.HasActiveSearch && !pointed && refinable && wish)
            return new RefineSearch(entities.Constraints with { Terms = [.. entities.Constraints.Terms.Union(FeatureTerms(entities))] }, entities.PriceDirection);
        // "A present for my boyfriend, he likes chunky knits": a recommendation with a category and nothing in focus is a search.
        if (intent == "recommendations" && !context.HasFocus && !pointed && entities.Constraints.Category is not null)
            return new SearchProducts(entities.Constraints);
        // "I want a jumpsuit for a wedding, I'm a 12 on top": size talk with nothing shown yet starts with the products.
        if (intent == "size_advice" && !context.HasFocus && !context.HasResults && !pointed
            && (entities.Constraints.Category is not null || entities.Constraints.Occasions.Count > 0 || entities.StyleOccasion is not null))
            return new SearchProducts(entities.Constraints);
        return null;
    }

    // A detail the shopper's own words already name ("pockets") is not searched for twice ("pockets pocket").
    private static IEnumerable<string> FeatureTerms(RecognizedEntities entities)
    {
        var features = Skills.Products.ProductFeatures.Default;
        var named = features.AskedIn(string.Join(' ', entities.Constraints.Terms));
        return entities.Features.Except(named).Select(features.SearchWord);
    }

    // Current RMA numbers are longer than the six characters the entity recognizer reads, so the text is read again.
    private static string? ReturnNumberIn(RecognizedEntities entities, string text) =>
        RmaNumber.TryFind(text, out var rma) ? rma : entities.ReturnNumber;

    /// <summary>"in blue" while browsing dresses refines; naming another category starts a new search.</summary>
    private static Command SearchOrRefine(SearchConstraints constraints, RecognizedEntities entities, UnderstandingContext context)
    {
        var newCategory = constraints.Category is { } category && category != context.ActiveCategory;
        return context.HasActiveSearch && !newCategory && constraints.Terms.Count == 0 && constraints.Gender is null
            ? new RefineSearch(constraints, entities.PriceDirection)
            : new SearchProducts(constraints);
    }

    private static ProductAspect AvailabilityAspect(RecognizedEntities entities) => entities.Aspect switch
    {
        ProductAspect.Colors => ProductAspect.Colors,
        ProductAspect.Sizes => ProductAspect.Sizes,
        _ => ProductAspect.Stock,
    };

    private static Command Compare(RecognizedEntities entities) => entities.Ordinals switch
    {
        [var first, var second, ..] => new CompareProducts(new ProductRef(first), new ProductRef(second)),
        [var only] => new CompareProducts(ProductRef.Focused, new ProductRef(only)),
        _ => new CompareProducts(new ProductRef(1), new ProductRef(2)),
    };

    private const string OrderFlowName = "order";

    /// <summary>
    /// A position first ("the second one in black": the colour is then what the shopper wants of it), then a product
    /// named by its title, "the other one", a colour among the results, else the product in focus.
    /// </summary>
    private static ProductRef ReferenceOf(RecognizedEntities entities) =>
        entities.Ordinal is { } position ? new ProductRef(Position: position, Color: entities.ReferencedColor ?? entities.Constraints.Colors.FirstOrDefault())
        : entities.NamedProduct is { } named ? new ProductRef(Handle: named.Handle, Color: entities.Constraints.Colors.FirstOrDefault())
        // "The cheapest one": the first of the current search in that order (with a category it is a new search instead).
        : entities.Constraints is { Sort: not SearchSort.Relevance, Category: null } constraints ? new ProductRef(Rank: constraints.Sort)
        : entities.RefersToOther ? new ProductRef(Other: true)
        : entities.ReferencedColor is { } color ? new ProductRef(Color: color)
        : ProductRef.Focused;
}
