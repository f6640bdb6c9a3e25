using Tailor.Assistant.Understanding.Intents;
using Xunit.Abstractions;

namespace Tailor.Assistant.Tests.Intents;

public sealed class IntentEvaluatorTests(ITestOutputHelper output)
{
    private static readonly TrainingSet TinySet = new(
    [
        Intent("greeting", "hi", "hello", "hey there", "good morning", "hiya", "hello hello", "morning all", "hey hey", "howdy", "yo"),
        Intent("track_order", "where is my order", "track my parcel", "has my order shipped", "order status", "where is my delivery",
            "my order is late", "tracking number please", "where's my package", "has it been dispatched", "my parcel is missing"),
        Intent("thanks", "thanks", "thank you", "cheers", "much appreciated", "ta", "thanks a lot", "thank you so much", "many thanks",
            "thx", "cheers mate"),
    ]);

    [Fact]
    public void Held_out_macro_F1_is_at_least_0_85()
    {
        var set = TrainingSet.Load(TrainingData.FindFolder());
        var evaluator = new IntentEvaluator(new IntentModelTrainer(TimeProvider.System));

        // Cross-validation trains five more models; `tailor eval` runs it, the test keeps to the held-out split.
        var evaluation = evaluator.Evaluate(set, new IntentEvaluationOptions(Folds: 0));

        output.WriteLine(evaluation.ToMarkdown());
        Assert.Null(evaluation.CrossValidation);
        Assert.Equal(set.Examples.Count, evaluation.TrainingCount + evaluation.HeldOut.Count);
        Assert.Equal(set.Intents.Count, evaluation.PerIntent.Count);
        Assert.True(evaluation.HeldOut.MacroF1 >= 0.85, $"held-out macro-F1 {evaluation.HeldOut.MacroF1:0.000} is below 0.85");
        Assert.True(
            evaluation.HeldOut.MeanConfidenceWhenRight > evaluation.HeldOut.MeanConfidenceWhenWrong,
            "the model should be less sure when it is wrong");
    }

    [Fact]
    public void Cross_validation_scores_every_training_example_once()
    {
        var set = TinySet;
        var evaluator = new IntentEvaluator(new IntentModelTrainer(TimeProvider.System));

        var evaluation = evaluator.Evaluate(set, new IntentEvaluationOptions(HeldOutFraction: 0.2, Folds: 4));

        Assert.Equal(4, evaluation.Folds);
        Assert.Equal(6, evaluation.HeldOut.Count);
        Assert.Equal(24, evaluation.TrainingCount);
        Assert.NotNull(evaluation.CrossValidation);
        Assert.Equal(24, evaluation.CrossValidation.Count);
        Assert.InRange(evaluation.CrossValidation.Accuracy, 0, 1);
        Assert.Contains("4-fold CV", evaluation.ToMarkdown());
    }

    [Fact]
    public void Evaluating_twice_gives_the_same_figures()
    {
        var evaluator = new IntentEvaluator(new IntentModelTrainer(TimeProvider.System));
        var options = new IntentEvaluationOptions(Folds: 0);

        var first = evaluator.Evaluate(TinySet, options);
        var second = evaluator.Evaluate(TinySet, options);

        Assert.Equal(first.HeldOut, second.HeldOut);
        Assert.Equal(first.PerIntent, second.PerIntent);
        Assert.Equal(first.WorstConfusions.Select(c => (c.Expected, c.Predicted, c.Count)), second.WorstConfusions.Select(c => (c.Expected, c.Predicted, c.Count)));
    }

    private static IntentDefinition Intent(string name, params string[] examples) => new(name, name, examples, "test");
}
