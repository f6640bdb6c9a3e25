using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Tests.Intents;

public sealed class TrainingSetTests
{
    // The dialogue maps these names to commands, so a rename in the YAML must fail here first.
    private static readonly string[] IntentsTheDialogueUses =
    [
        "search_products", "refine_search", "show_more", "select_item", "compare_products", "recommendations",
        "back_to_previous", "product_material", "product_details", "check_availability", "product_reviews",
        "delivery_estimate", "price_question", "promotions", "promo_code", "style_advice", "size_advice", "virtual_try_on",
        "track_order", "cancel_order", "change_order", "order_history", "start_return", "start_exchange",
        "return_status", "refund_status", "shipping_policy", "returns_policy", "payment_methods", "store_contact",
        "gift_cards", "price_match", "privacy_policy", "loyalty_program", "international_shipping", "account_help",
        "greeting", "goodbye", "thanks", "bot_identity", "chit_chat", "affirm", "deny", "cancel", "correction",
        "feedback_positive", "feedback_negative", "request_human", "out_of_scope",
    ];

    private readonly TrainingSet _set = TrainingSet.Load(TrainingData.FindFolder());

    [Fact]
    public void Training_folder_is_found_from_the_test_bin_folder()
    {
        var folder = TrainingData.FindFolder();

        Assert.EndsWith(Path.Combine("training", "intents"), folder);
        Assert.NotEmpty(Directory.GetFiles(folder, "*.yaml"));
    }

    [Fact]
    public void Training_set_has_at_least_35_intents_with_40_examples_each()
    {
        Assert.True(_set.Intents.Count >= 35, $"only {_set.Intents.Count} intents");
        var thin = _set.Intents.Where(i => i.Examples.Count < 40).Select(i => $"{i.Name} ({i.Examples.Count})").ToArray();
        Assert.True(thin.Length == 0, $"intents with fewer than 40 examples: {string.Join(", ", thin)}");
    }

    [Fact]
    public void Training_set_declares_every_intent_the_dialogue_uses()
    {
        var declared = _set.Intents.Select(i => i.Name);

        Assert.Equal(IntentsTheDialogueUses.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_example_appears_twice_even_after_normalisation()
    {
        var duplicates = _set.Examples
            .GroupBy(e => IntentText.Normalize(e.Text))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToArray();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_intent_has_a_description()
    {
        Assert.Empty(_set.Intents.Where(i => string.IsNullOrWhiteSpace(i.Description)).Select(i => i.Name));
    }

    [Theory]
    [InlineData("What's the PRICE?!", "whats the price")]
    [InlineData("  under £50,   please ", "under £50 please")]
    [InlineData("has TL-100023 shipped", "has tl 100023 shipped")]
    [InlineData("30% off", "30% off")]
    public void Text_is_normalised_to_lowercase_words_digits_and_money_signs(string text, string expected)
    {
        Assert.Equal(expected, IntentText.Normalize(text));
    }
}
