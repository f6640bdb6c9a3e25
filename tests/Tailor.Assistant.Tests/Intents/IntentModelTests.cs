using Tailor.Assistant.Understanding.Intents;
using Xunit.Abstractions;

namespace Tailor.Assistant.Tests.Intents;

public sealed class IntentModelTests(TrainedIntentModel trained, ITestOutputHelper output) : IClassFixture<TrainedIntentModel>
{
    // None of these is in the training data: they check that typos, slang and new wording still land.
    [Theory]
    [InlineData("got any red dressess under 50?", "search_products")]
    [InlineData("wheres my parcel TL-100045", "track_order")]
    [InlineData("i wanna send these jeans back", "start_return")]
    [InlineData("can i talk to a real person", "request_human")]
    [InlineData("whats the weather in london", "out_of_scope")]
    [InlineData("cn u deliver to germany", "international_shipping")]
    [InlineData("how much is the secnd one", "price_question")]
    [InlineData("what size shoud i order, im normally a 12", "size_advice")]
    [InlineData("pls cancel my ordr TL-100231", "cancel_order")]
    [InlineData("cheers for all the help", "thanks")]
    [InlineData("are u a robot or a person", "bot_identity")]
    [InlineData("do u guys accept klarnaa", "payment_methods")]
    [InlineData("what shoes go with a green midi dress", "style_advice")]
    [InlineData("is the second one avalable in a UK 14", "check_availability")]
    [InlineData("forgot my pasword again", "account_help")]
    [InlineData("when will my refund come thru", "refund_status")]
    [InlineData("ok yep do that", "affirm")]
    [InlineData("this bot is rubbish", "feedback_negative")]
    public void Unseen_shopper_phrasings_get_the_right_intent(string text, string expected)
    {
        var prediction = trained.Model.Predict(text);

        output.WriteLine($"{text} => {string.Join(", ", prediction.TopIntents.Select(t => $"{t.Intent} {t.Confidence:0.00}"))}");
        Assert.Equal(expected, prediction.Intent);
    }

    [Fact]
    public void A_prediction_ranks_the_three_most_likely_intents()
    {
        var prediction = trained.Model.Predict("is the coat in stock in a medium");

        Assert.Equal(3, prediction.TopIntents.Count);
        Assert.Equal(prediction.Intent, prediction.TopIntents[0].Intent);
        Assert.Equal(prediction.Confidence, prediction.TopIntents[0].Confidence);
        Assert.Equal(prediction.TopIntents.OrderByDescending(t => t.Confidence), prediction.TopIntents);
        Assert.Equal(3, prediction.TopIntents.Select(t => t.Intent).Distinct().Count());
        Assert.InRange(prediction.TopIntents.Sum(t => t.Confidence), 0f, 1.0001f);
    }

    [Fact]
    public void Empty_and_punctuation_only_messages_still_get_a_prediction()
    {
        Assert.Contains(trained.Model.Predict("").Intent, trained.Model.Intents);
        Assert.Contains(trained.Model.Predict("?!...").Intent, trained.Model.Intents);
    }

    [Fact]
    public void Concurrent_predictions_match_sequential_ones()
    {
        var texts = trained.Set.Examples.Where((_, i) => i % 7 == 0).Select(e => e.Text).ToArray();
        var sequential = texts.Select(t => trained.Model.Predict(t)).ToArray();

        var concurrent = new IntentPrediction[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = trained.Model.Predict(texts[i]));

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(sequential[i].TopIntents, concurrent[i].TopIntents);
        }
    }

    [Fact]
    public void A_saved_and_reloaded_model_predicts_exactly_the_same()
    {
        using var folder = new TemporaryFolder();
        IntentModelStore.Save(folder.Path, trained.Model);

        using var loaded = IntentModelStore.TryLoad(folder.Path, trained.Model.Version);

        Assert.NotNull(loaded);
        Assert.Equal(trained.Model.Version, loaded.Version);
        Assert.Equal(trained.Model.Manifest.CreatedAt, loaded.Manifest.CreatedAt);
        Assert.Equal(trained.Model.Intents, loaded.Intents);
        foreach (var text in trained.Set.Examples.Where((_, i) => i % 11 == 0).Select(e => e.Text).Append("got any red dressess under 50?"))
        {
            Assert.Equal(trained.Model.Predict(text).TopIntents, loaded.Predict(text).TopIntents);
        }
    }

    [Fact]
    public void The_manifest_describes_the_training_run()
    {
        var manifest = trained.Model.Manifest;

        Assert.Matches("^[0-9a-f]{12}$", manifest.Version);
        Assert.Equal(trained.Trainer.VersionOf(trained.Set.Examples), manifest.Version);
        Assert.Equal(trained.Set.Examples.Count, manifest.ExampleCount);
        Assert.Equal(trained.Set.Intents.Select(i => i.Name).Order(), manifest.Intents.Order());
        // Training time is reported, not asserted: speed is measured by `tailor train`, not by a timed unit test.
        Assert.True(manifest.TrainingSeconds > 0);
        output.WriteLine($"trained {manifest.ExampleCount} examples in {manifest.TrainingSeconds:0.0} s");
    }
}
