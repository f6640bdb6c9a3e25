using System.Globalization;
using Tailor.Assistant.Skills.Policies;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Tests.Skills;

/// <summary>Questions shoppers ask, answered from the demo store's generated pages, with the figure that answers them.</summary>
[Collection(DemoStoreCollection.Name)]
public sealed class PolicyAnswererTests(DemoStoreDatabase demo)
{
    private static readonly PolicyLibrary Library = new();

    private static StoreSettings Settings => new();

    private static string Money(decimal amount) =>
        "£" + amount.ToString(amount == decimal.Truncate(amount) ? "0" : "0.00", CultureInfo.InvariantCulture);

    private static ShippingZone Zone(string country) => Settings.ZoneFor(country)!;

    /// <summary>Question, intent (or none), the pages that may answer it, and a figure from the settings the quote must hold.</summary>
    public static TheoryData<string, string?, string[], string> Questions => new()
    {
        { "how long do I have to return something", null, ["faq-returns", "returns"], $"{Settings.Returns.WindowDays} days" },
        { "do you deliver to ireland and how much", null, ["shipping-and-delivery", "international"], Money(Zone("IE").StandardCost) },
        { "can I pay with klarna", null, ["payment-methods", "faq-payments"], "Klarna" },
        { "when are you open on sunday", null, ["contact-and-opening-hours"], $"Sunday: {Settings.OpeningHours[2].Opens}–{Settings.OpeningHours[2].Closes}" },
        { "how long do refunds take", null, ["refunds", "returns", "faq-returns"], $"{Settings.Returns.RefundProcessingDays} working days" },
        { "how much is delivery", "shipping_policy", ["faq-delivery"], Money(Zone("GB").StandardCost) },
        { "whats the minimum spend for free delivery", "shipping_policy", ["faq-delivery"], Money(Zone("GB").FreeOver!.Value) },
        { "how long is a gift card valid", "gift_cards", ["gift-cards", "faq-payments"], $"{Settings.GiftCardValidityMonths} months" },
        { "what if the price drops after I buy", "price_match", ["price-match", "faq-payments"], $"{Settings.PriceMatchDays} days" },
        { "how many points do I get per pound", "loyalty_program", ["loyalty"], $"{Settings.LoyaltyPointsPerPound} point" },
        { "how many points do I need for a reward", null, ["loyalty"], $"{Settings.LoyaltyPointsForFiveOff} points" },
        { "how long do you keep my data", "privacy_policy", ["privacy"], $"{Settings.DataRetentionMonths} months" },
        { "what's your phone number", "store_contact", ["contact-and-opening-hours"], Settings.SupportPhone },
        { "what's your email address", "store_contact", ["contact-and-opening-hours"], Settings.SupportEmail },
        { "can I return swimwear", "returns_policy", ["faq-returns", "returns"], Settings.Returns.ExcludedCategories[0] },
        { "how much does it cost to return from abroad", "returns_policy", ["international", "faq-returns", "returns"], Money(Settings.Returns.InternationalReturnFee) },
        { "what time do I need to order by for same day dispatch", null, ["shipping-and-delivery", "order-changes-and-cancellations", "faq-orders"], $"{Settings.DispatchCutoffHour:00}:00" },
        { "can I cancel my order", "cancel_order", ["order-changes-and-cancellations", "faq-orders"], "pending or processing" },
        { "how long does delivery to the US take", "international_shipping", ["shipping-and-delivery", "international"], $"{Zone("US").StandardDaysMin}–{Zone("US").StandardDaysMax} working days" },
        { "how much is express delivery to australia", "international_shipping", ["shipping-and-delivery", "international"], Money(Zone("AU").ExpressCost) },
        { "how long do I have to exchange something", "returns_policy", ["exchanges", "faq-returns"], $"{Settings.Returns.ExchangeWindowDays} days" },
        { "which payment methods do you accept", "payment_methods", ["faq-payments", "payment-methods"], Settings.PaymentMethods[^1] },
        { "can i get my money back on a gift card instead", "refund_status", ["refunds", "faq-returns", "returns", "gift-cards"], "gift card" },
        { "do I have to pay customs duties", "international_shipping", ["international"], "European Union" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_policy_question_is_answered_from_the_right_page_with_the_store_figure(string question, string? topic, string[] pages, string figure)
    {
        var answer = await AnswerAsync(question, topic);

        Assert.NotNull(answer);
        Assert.Contains(answer.Slug, pages);
        Assert.Contains(figure, answer.Quote);
        Assert.Equal($"/pages/{answer.Slug}", answer.Url);
    }

    [Theory]
    [InlineData("what's the capital of France")]
    [InlineData("tell me a joke")]
    [InlineData("who won the football last night")]
    [InlineData("what's the weather like tomorrow")]
    [InlineData("write me a poem about the sea")]
    [InlineData("how do I bake bread")]
    [InlineData("asdfgh qwerty")]
    [InlineData("")]
    [InlineData("the the of and")]
    public async Task An_unrelated_question_gets_no_answer(string question)
    {
        Assert.Null(await AnswerAsync(question, null));
    }

    [Fact]
    public async Task A_question_the_pages_do_not_cover_gets_no_answer_even_with_a_topic()
    {
        Assert.Null(await AnswerAsync("do you have a store in glasgow", "store_contact"));
        Assert.Null(await AnswerAsync("is there parking near your warehouse", "store_contact"));
    }

    [Fact]
    public async Task Account_questions_are_answered_from_the_account_page()
    {
        var answer = await AnswerAsync("can I reset my password", "account_help");
        Assert.Equal("faq-account", answer?.Slug);
        Assert.Contains("password", answer!.Quote, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("retuns policy", "returns_policy", "returns")]
    [InlineData("how long do refnds take", "refund_status", "refund")]
    public async Task A_misspelt_topic_word_is_read_as_the_topic(string question, string topic, string quoted)
    {
        var answer = await AnswerAsync(question, topic);
        Assert.NotNull(answer);
        Assert.Contains(quoted, answer.Quote, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Quotes_are_plain_text_cut_at_a_sentence_and_carry_the_heading_path()
    {
        foreach (var (question, topic) in new[] { ("when are you open on sunday", (string?)null), ("what can't be returned", "returns_policy"),
                     ("how do I return an item", "returns_policy"), ("how much is express delivery to australia", null) })
        {
            var answer = await AnswerAsync(question, topic);

            Assert.NotNull(answer);
            Assert.True(answer.Quote.Length <= PolicyAnswerer.MaxQuoteLength, answer.Quote);
            Assert.DoesNotContain("**", answer.Quote);
            Assert.DoesNotContain("](", answer.Quote);
            Assert.DoesNotContain("|", answer.Quote);
            Assert.Matches(@"[.!?:\d)]$", answer.Quote);
            Assert.Contains(" › ", answer.Heading);
            Assert.InRange(answer.Score, PolicyAnswerer.MinimumCoverageInTopic, 1);
        }
    }

    [Fact]
    public async Task A_list_keeps_the_sentence_that_introduces_it()
    {
        var answer = await AnswerAsync("what items cannot be returned", "returns_policy");

        Assert.NotNull(answer);
        Assert.Contains("Some items cannot be returned:", answer.Quote);
        Assert.Contains("Final sale items", answer.Quote);
    }

    [Fact]
    public async Task The_topic_picks_the_page_when_the_words_alone_could_mean_either()
    {
        var refund = await AnswerAsync("how long will it take", "refund_status");
        var delivery = await AnswerAsync("how long will it take", "shipping_policy");

        Assert.NotNull(refund);
        Assert.NotNull(delivery);
        Assert.Contains("refund", refund.Slug);
        Assert.Contains(delivery.Slug, new[] { "shipping-and-delivery", "faq-delivery", "faq-orders" });
    }

    [Fact]
    public async Task A_garment_word_the_pages_never_use_still_finds_the_rule_for_items()
    {
        var answer = await AnswerAsync("can i send back a jumper i bought in the sale", null);

        Assert.NotNull(answer);
        Assert.Equal("returns", answer.Slug);
        Assert.Contains("Sale items can be returned", answer.Quote);
    }

    private async Task<PolicyAnswer?> AnswerAsync(string question, string? topic)
    {
        await using var db = demo.Open();
        return await new PolicyAnswerer(db, Library).AnswerAsync(question, topic, CancellationToken.None);
    }
}
