using Tailor.Assistant.Guard;
using Tailor.Assistant.Guard.Evaluation;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Tests.Guard;

/// <summary>The masking evaluation set run as `tailor eval-masking` runs it, held to the targets of issue 17.</summary>
public sealed class MaskingEvaluationTests
{
    private static readonly IReadOnlyList<LabelledMessage> Set = MaskingEvaluationSet.Load(TrainingData.File(MaskingEvaluationSet.DefaultFile));

    [Fact]
    public void The_evaluation_set_has_300_messages_with_every_kind_and_negatives()
    {
        Assert.True(Set.Count >= 300, $"{Set.Count} messages");
        Assert.True(Set.Count(m => m.Spans.Count == 0) >= 100, "negatives");
        foreach (var kind in Enum.GetValues<PiiKind>())
            Assert.Contains(Set, m => m.Spans.Any(s => s.Kind == kind));
    }

    [Fact]
    public void Masking_meets_the_recall_and_precision_targets_on_the_evaluation_set()
    {
        var evaluation = MaskingEvaluation.Run(Set);

        Assert.True(evaluation.MeetsTargets, MaskingReport.ToMarkdown(evaluation, MaskingEvaluationSet.DefaultFile));
    }

    [Fact]
    public void No_negative_message_of_the_set_is_changed_by_masking()
    {
        var changed = Set.Where(m => m.Spans.Count == 0 && PiiMasker.Mask(m.Text) != m.Text).Select(m => m.Text).ToList();

        Assert.Empty(changed);
    }

    [Fact]
    public void A_partly_masked_span_counts_as_missed_and_a_masked_size_as_a_false_alarm()
    {
        // The card number is masked but the (wrongly labelled) "UK 12" never is, and the unlabelled phone number is a false alarm.
        var set = new[]
        {
            MaskingEvaluationSet.Parse("card <card>4111 1111 1111 1111</card> size <card>UK 12</card>"),
            MaskingEvaluationSet.Parse("call 07700 900123"),
        };

        var evaluation = MaskingEvaluation.Run(set);

        var card = evaluation.ByKind.Single(s => s.Kind == "card");
        Assert.Equal((2, 1), (card.Labelled, card.Masked));
        var phone = evaluation.ByKind.Single(s => s.Kind == "phone");
        Assert.Equal((1, 0), (phone.Found, phone.FoundCorrectly));
        Assert.False(evaluation.MeetsTargets);
    }

    [Fact]
    public void Markup_is_read_into_plain_text_and_spans()
    {
        var message = MaskingEvaluationSet.Parse("I'm <name>Sarah</name>, <email>s@x.io</email>");

        Assert.Equal("I'm Sarah, s@x.io", message.Text);
        Assert.Equal([new LabelledSpan(PiiKind.PersonName, 4, 5), new LabelledSpan(PiiKind.Email, 11, 6)], message.Spans);
    }

    [Fact]
    public void Unbalanced_or_unknown_markup_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => MaskingEvaluationSet.Parse("call <phone>07700 900123"));
        Assert.Throws<InvalidDataException>(() => MaskingEvaluationSet.Parse("<passport>X123</passport>"));
    }
}
