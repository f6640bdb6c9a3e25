using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Understanding;

/// <summary>
/// What the conversation so far says about a message the intent model is unsure of. The model reads one message
/// alone; "do they have velcro?" right after a list of shoes, "and is it free over a certain amount" right after the
/// delivery page, or "something edgy for a night out" (a style and an occasion the catalog knows) leave little doubt.
/// Only readings that answer a question or start a task that confirms before it acts are lifted here: nothing that
/// changes an order is ever acted on from context alone.
/// </summary>
internal static class DialogueEvidence
{
    /// <summary>Questions about a product, answered for the one in focus or for each one shown.</summary>
    private static readonly HashSet<string> ProductQuestions =
    [
        "product_details", "product_material", "check_availability", "product_reviews", "size_advice", "style_advice",
        "price_question", "delivery_estimate", "select_item", "compare_products", "recommendations",
    ];

    /// <summary>Intents that answer alike: a model torn between two of one group is not unsure what to do.</summary>
    private static readonly HashSet<string>[] Siblings =
    [
        ["thanks", "goodbye", "feedback_positive"],
        ["promotions", "promo_code"],
        ["return_status", "refund_status"],
        ["shipping_policy", "international_shipping"],
    ];

    /// <summary>Readings under which a garment named in the message is something to find.</summary>
    private static readonly HashSet<string> Shopping =
        ["search_products", "refine_search", "recommendations", "style_advice", "check_availability"];

    /// <summary>
    /// Whether the model finds a shopping reading plausible (one of its two likeliest). A garment named in "the zip on
    /// the boots is broken, I want to return them" or "when are my boots arriving?" is what the message is about, not a
    /// wish: a category or a colour only decides between readings the model already weighs.
    /// </summary>
    internal static bool ShoppingIsLikely(IntentPrediction prediction) =>
        prediction.TopIntents.Take(2).Any(i => Shopping.Contains(i.Intent)) && !IsElsewhere(prediction.Intent);

    /// <summary>
    /// "And what about express?" right after the delivery page: words the catalog does not know, nothing on screen, and
    /// a policy among the likely readings. A search for them would find nothing; the topic goes on.
    /// </summary>
    internal static bool FollowsPolicy(IntentPrediction prediction, RecognizedEntities entities, UnderstandingContext context) =>
        context.LastPolicyTopic is not null && !context.HasResults && !context.HasFocus && entities.StyleOccasion is null
        && (entities.Constraints with { Terms = [] }).IsEmpty
        && prediction.TopIntents.Take(3).Any(i => CommandMapper.PolicyIntents.Contains(i.Intent) || i.Intent == "delivery_estimate");

    /// <summary>A question about a product: what it is made of, how it fits, what reviewers say, which of two is better.</summary>
    internal static bool AsksAboutAProduct(string intent) => ProductQuestions.Contains(intent);

    /// <summary>
    /// A likeliest reading that is a task of its own (an order, a policy, the account, feedback on the chat): a garment
    /// named in it is what the task is about ("can I see all my orders? I bought a few shirts").
    /// </summary>
    internal static bool IsElsewhere(string intent) =>
        CommandMapper.PolicyIntents.Contains(intent) || Tasks.Contains(intent);

    /// <summary>Order tasks, order questions and feedback on the chat itself: each about something other than a wish.</summary>
    private static readonly HashSet<string> Tasks =
    [
        "track_order", "cancel_order", "change_order", "start_return", "start_exchange", "order_history", "return_status",
        "refund_status", "promo_code", "feedback_negative", "feedback_positive", "request_human",
    ];

    /// <summary>
    /// "Under £50" while a list is shown, read hesitantly as a price question, still narrows the list; so does
    /// "actually for men", read as a correction.
    /// </summary>
    internal static bool NarrowsTheList(IntentPrediction prediction, UnderstandingContext context) =>
        ShoppingIsLikely(prediction) || (context.HasActiveSearch
            && (Shopping.Contains(prediction.Intent) || ProductQuestions.Contains(prediction.Intent) || prediction.Intent == "correction"));

    /// <summary>Order tasks that list the shopper's orders and ask before anything changes.</summary>
    private static readonly HashSet<string> OrderStarts = ["start_return", "start_exchange"];

    /// <summary>Changes to one order, each confirmed with a summary before it is made.</summary>
    private static readonly HashSet<string> OrderChanges = ["cancel_order", "change_order"];

    /// <summary>The intent the context supports, at the act threshold; null when the context says nothing more.</summary>
    public static IntentScore? Lift(
        IntentPrediction prediction, RecognizedEntities entities, UnderstandingContext context, string text, float act, float clarify)
    {
        // Inside an order task a hesitant reading stays hesitant: the task reads the answer itself, and offers a person
        // for a change it cannot make ("split it into two deliveries"), which a lifted guess would hide.
        if (context.ActiveFlow == "order") return null;
        var top = new IntentScore(prediction.Intent, prediction.Confidence);
        var likely = prediction.TopIntents.Take(3).Select(i => i.Intent).ToList();
        var onScreen = context.HasResults || context.HasFocus;

        // "Do they have velcro?", "what do other parents think of them": a question about what is on screen.
        if (onScreen && ProductQuestions.Contains(top.Intent) && (top.Confidence >= clarify || entities.AsksQuestion))
            return top with { Confidence = act };

        // "Show me kaftans to go over them" while browsing: a hesitant search is still a search.
        // "And is it free over a certain amount?", "and what about express?" after the delivery page: the same topic,
        // asked further, even when an unknown word ("express") makes a search look possible.
        if (FollowsPolicy(prediction, entities, context)) return new IntentScore(context.LastPolicyTopic!, act);
        var attributes = !(entities.Constraints with { Terms = [] }).IsEmpty || entities.StyleOccasion is not null;

        if (top.Intent is "search_products" or "refine_search" && top.Confidence >= clarify && (onScreen || entities.Constraints.Terms.Count > 0))
            return top with { Confidence = act };

        // "Something edgy for a night out", "anything in organic cotton": attributes the catalog knows are a shopping wish.
        if (context.ActiveFlow is null && !context.HasFocus && attributes && ShoppingIsLikely(prediction))
            return top.Intent == "style_advice" && (entities.StyleOccasion is not null || entities.Constraints.Occasions.Count > 0)
                ? top with { Confidence = act }
                : new IntentScore("search_products", act);

        // "Thanks, that's everything", "a discount code for first orders": torn between two readings that answer alike.
        if (likely.Count > 1 && top.Confidence >= clarify && Siblings.Any(group => group.Contains(top.Intent) && group.Contains(likely[1])))
            return top with { Confidence = act };

        // "Can I return something from my last order": a return or exchange lists the orders and asks before acting.
        if (OrderStarts.Contains(top.Intent) && top.Confidence >= clarify && (context.SignedIn || OrderEvidence.Default.InWords(top.Intent, text)))
            return top with { Confidence = act };

        // "I want to cancel it" right after tracking an order: the order in sight is the object, and cancelling or
        // changing it shows a summary and waits for a yes before anything happens.
        if (OrderChanges.Contains(top.Intent) && context.HasOrderInFocus && top.Confidence >= (act + clarify) / 2)
            return top with { Confidence = act };
        return null;
    }
}
