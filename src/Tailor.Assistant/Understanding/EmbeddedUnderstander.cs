using Tailor.Assistant.Handoff;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Assistant.Understanding.Feelings;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Understanding;

/// <summary>
/// Understanding without an LLM: the intent classifier (n-gram model, blended with the sentence encoder when it is on),
/// the catalog entity recognizer and confidence thresholds; what the shopper feels, a sensitive topic and an explicit
/// request for a person; and a second request in the same message.
/// </summary>
public sealed class EmbeddedUnderstander(
    IntentClassifier classifier, EntityRecognizerProvider recognizers, UnderstandingOptions options, FeelingReader feelings,
    HandoffPhrases handoff, RequestSplitter splitter) : IUnderstander
{
    public Understanding Understand(string text, UnderstandingContext context)
    {
        var whole = Request(text, context);
        var understood = context.ActiveFlow == "order" ? whole : Several(text, context, whole);
        return understood with
        {
            Feeling = feelings.Read(text, whole.Entities.HasProductFilters),
            SensitiveTopic = handoff.SensitiveTopicIn(text),
        };
    }

    /// <summary>
    /// "Black ankle boots in size 6 and what's your returns policy": two confident requests of different kinds are
    /// answered in order. A flow waiting for an answer reads the message whole (see the caller).
    /// </summary>
    private Understanding Several(string text, UnderstandingContext context, Understanding whole)
    {
        foreach (var (firstText, secondText) in splitter.Cuts(text))
        {
            // The n-gram model alone (a tenth of a millisecond) rules out most cuts, such as the sentences of one long
            // story, before the halves are understood in full, each of which may cost an encoder call.
            if (!MayDiffer(firstText, secondText)) continue;
            // Each half must be a request the classifier reads with confidence on its own words: "I bought a few work
            // shirts from you this year." is the story before "can I see all my orders?", not a search for shirts.
            if (!Confident(firstText) || !Confident(secondText)) continue;
            var first = Request(firstText, context);
            var second = Request(secondText, context);
            if (Kind(first.Command) is { } a && Kind(second.Command) is { } b && a != b) return first with { Also = [second] };
        }
        return whole;
    }

    private bool Confident(string half) => handoff.AsksForPerson(half) || classifier.Predict(half).Confidence >= Act;

    /// <summary>Whether the n-gram model's readings of the two halves are requests of different kinds.</summary>
    private bool MayDiffer(string first, string second)
    {
        var (a, b) = (classifier.Model.Predict(first).TopIntents, classifier.Model.Predict(second).TopIntents);
        // Either half may be read differently once blended: any of its two likeliest readings counts.
        var kindsA = a.Take(2).Select(i => IntentKind(i.Intent)).OfType<string>().ToHashSet();
        var kindsB = b.Take(2).Select(i => IntentKind(i.Intent)).OfType<string>().ToHashSet();
        return kindsA.Count > 0 && kindsB.Count > 0 && !(kindsA.SetEquals(kindsB) && kindsA.Count == 1);
    }

    private static string? IntentKind(string intent) => Kind(CommandMapper.Map(intent, RecognizedEntities.None, "", Neutral));

    private static readonly UnderstandingContext Neutral = new(false, null, false, false, null, HasOrderInFocus: true);

    /// <summary>The kinds of request worth answering side by side; anything else (small talk, yes/no, unclear) is not split off.</summary>
    private static string? Kind(Command command) => command switch
    {
        OrderCommand => "order",
        // "Can I pay with PayPal? and do you ship to Ireland": two policy topics are two requests.
        AskPolicy policy => $"policy:{policy.Topic}",
        AskPromotions => "promotions",
        SearchProducts or RefineSearch or AskProductDetail or AskPrice or AskSizeAdvice or AskStyleAdvice or Recommend
            or SelectProduct or CompareProducts or ShowMore => "products",
        _ => null,
    };

    private Understanding Request(string text, UnderstandingContext context)
    {
        // Asking for a person is enough, however the rest of the message reads: no question back, no guess.
        if (handoff.AsksForPerson(text))
            return new Understanding("request_human", 1, [], recognizers.Current.Recognize(text), new RequestHuman("shopper asked for a person"));
        var entities = recognizers.Current.Recognize(text);
        var prediction = FiltersOnly(text, entities, context) ?? classifier.Predict(text);
        var alternatives = prediction.TopIntents.Select(i => i.Intent).ToList();
        var intent = Adjust(prediction, entities, context, text);
        // A hesitant "out of scope" is gibberish more often than a choice between two unlikely requests: not understood.
        var command = intent.Confidence >= Act
            ? CommandMapper.Map(intent.Intent, entities, text, context, intent.Confidence)
            : intent.Confidence >= (float)options.ClarifyThreshold && intent.Intent != "out_of_scope"
                ? new Clarify(alternatives.Where(a => a != "out_of_scope").Take(2).ToList())
                : new OutOfScope(Sure: false);
        return new Understanding(intent.Intent, intent.Confidence, alternatives, entities, command);
    }

    /// <summary>
    /// "In size L", "black boots under £80": every word is a filter the catalog knows and the n-gram model already
    /// reads a search. The sentence encoder could only move the reading between searching and refining, which the
    /// filters decide below anyway, so its call (most of a turn's time) is skipped. Null when the message says more.
    /// </summary>
    private IntentPrediction? FiltersOnly(string text, RecognizedEntities entities, UnderstandingContext context)
    {
        if (entities.Constraints.Terms.Count > 0 || entities.Defect is not null || entities.OrderNumber is not null || entities.Features.Count > 0
            || entities.Aspect is not null || entities.Ordinal is not null || entities.ReferencedColor is not null || entities.RefersToFocus
            || entities.NamedProduct is not null || entities.Measurements is not null || context.ActiveFlow == "order")
            return null;
        var hard = entities.Constraints.Category is not null || (context.HasActiveSearch && !entities.Constraints.IsEmpty);
        if (!hard) return null;
        var words = classifier.Model.Predict(text);
        return words.Intent is "search_products" or "refine_search" ? words : null;
    }

    private static readonly HashSet<string> OrderIntents = ["start_return", "start_exchange", "change_order", "cancel_order", "track_order"];

    // Model scores are floats: compare in float so a rescued score of exactly the threshold acts.
    // The blend's threshold was chosen for its own calibrated confidences; the configured one is the n-gram model's.
    private float Act => (float)(classifier.ActThreshold ?? options.ActThreshold);

    /// <summary>
    /// Entities are stronger evidence than a hesitant model: a message naming a category or an order number
    /// is about products or orders even when the wording is unusual.
    /// </summary>
    private IntentScore Adjust(IntentPrediction prediction, RecognizedEntities entities, UnderstandingContext context, string text)
    {
        var top = new IntentScore(prediction.Intent, prediction.Confidence);
        // "The dress I got has a hole in it" names a dress but reports a fault: a return, however sure the model is of a search.
        // A confident question about a product keeps its reading: "will it fall apart after one wash?" asks the reviews.
        if (entities.Defect is not null && !top.Intent.Contains("return") && !top.Intent.Contains("exchange") && top.Intent != "request_human"
            && (top.Confidence < Act || !DialogueEvidence.IsElsewhere(top.Intent) && !DialogueEvidence.AsksAboutAProduct(top.Intent)))
            return new IntentScore("start_return", Math.Max(Act, top.Confidence));
        if (top.Confidence >= Act && !(top.Intent is "search_products" or "refine_search" && DialogueEvidence.FollowsPolicy(prediction, entities, context)))
            return top;
        // "Put it in my bag" is about a product however unsure the model is: the command mapper answers it.
        if (entities.Aspect is ProductAspect.AddToBag) return top with { Confidence = Act };
        // Inside a flow a hesitant "no" is taken as one: declining never changes an order, guessing at it could.
        if (context.ActiveFlow is not null && top.Intent is "deny" or "cancel" && top.Confidence >= options.ClarifyThreshold)
            return top with { Confidence = Act };
        if (entities.OrderNumber is not null && prediction.TopIntents.FirstOrDefault(i => i.Intent.Contains("order") || i.Intent.Contains("return")) is { } order)
            return order with { Confidence = Act };
        if (entities.PromoCode is not null)
            return new IntentScore(context.HasFocus ? "price_question" : "promo_code", Act);
        // "I love the jumper I got from you but…": a garment the shopper already has, with a hesitant order reading, is not a search.
        if (OrderIntents.Contains(top.Intent) && OrderEvidence.Default.InWords(top.Intent, text))
            return DialogueEvidence.Lift(prediction, entities, context, text, Act, (float)options.ClarifyThreshold) ?? top;
        // Free-text words alone are weak evidence ("send the list to…"); a recognised attribute is strong, where the model
        // weighs a shopping reading at all.
        if ((entities.Constraints.Category is not null || (context.HasActiveSearch && !(entities.Constraints with { Terms = [] }).IsEmpty))
            && DialogueEvidence.NarrowsTheList(prediction, context))
            // "Have people been happy with these boots?" with nothing shown asks about boots: the question is answered
            // (the mapper finds them first), not swapped for a plain list.
            return !context.HasActiveSearch && DialogueEvidence.AsksAboutAProduct(top.Intent)
                ? top with { Confidence = Act }
                : new IntentScore(context.HasActiveSearch && entities.Constraints.Category is null ? "refine_search" : "search_products", Act);
        return DialogueEvidence.Lift(prediction, entities, context, text, Act, (float)options.ClarifyThreshold) ?? top;
    }
}

/// <summary>
/// Confidence thresholds: act at or above <see cref="ActThreshold"/>, ask between the two, else out of scope.
/// With the encoder on, the act threshold fitted with the blend replaces <see cref="ActThreshold"/>.
/// </summary>
public sealed record UnderstandingOptions
{
    public double ActThreshold { get; init; } = 0.45;
    public double ClarifyThreshold { get; init; } = 0.25;
}
