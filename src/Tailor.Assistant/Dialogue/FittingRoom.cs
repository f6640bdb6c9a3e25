using Tailor.Assistant.Respond;
using Tailor.Assistant.Skills.Products;
using Tailor.Assistant.Skills.Styling;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// Size advice in words: the shopper's measurements, height, usual size (in another brand or system) and fit
/// preference, put against the product's chart and its reviews by <see cref="SizeAdvisor"/>; says so when there is no chart.
/// </summary>
public sealed class FittingRoom
{
    public void Advise(Turn turn, ProductFacts product, string? size)
    {
        var said = Remembered(turn);
        var request = Request(said, size);
        var advice = new SizeAdvisor().Advise(product, request);
        var reply = turn.Reply;
        switch (advice.Outcome)
        {
            case SizeAdviceOutcome.OneSize:
                reply.Say("size_one", ("title", product.Title));
                break;
            case SizeAdviceOutcome.NoChart:
            case SizeAdviceOutcome.NeedMeasurements when product.SizeChart is not { Rows.Count: > 0 }:
                reply.Say("size_no_chart", ("title", product.Title), ("fallback", product.Fit.Reviews > 0
                    ? reply.Render("size_no_chart_reviews", ("verdict", Verdict(product.Fit.Verdict)), ("percent", Share(product.Fit)), ("reviews", product.Fit.Reviews),
                        ("sizes", ConstraintsDescriber.Join(product.Sizes)))
                    : reply.Render("size_no_chart_sizes", ("sizes", ConstraintsDescriber.Join(product.Sizes)))));
                break;
            case SizeAdviceOutcome.UnknownSize:
                reply.Say("size_unknown", ("title", product.Title), ("sizes", ConstraintsDescriber.Join(product.Sizes)));
                break;
            case SizeAdviceOutcome.Suggested when advice.Size is { } chosen:
                Suggested(reply, product, advice, chosen, request, said.UsualBrand);
                // The figure with each zone for this size, drawn by the widget from the same chart.
                if (product.SizeChart is { Rows.Count: > 0 } && request.HasMeasurements)
                    reply.Add(new FitPreviewPart(product.Handle, chosen, request.ChestCm, request.WaistCm, request.HipCm, request.HeightCm));
                break;
            default:
                reply.Say("size_need", ("title", product.Title), ("reviews_text", product.Fit.Reviews > 0
                    ? $"; reviewers say it {Verdict(product.Fit.Verdict)} ({Share(product.Fit)}% of {product.Fit.Reviews} reviews)" : ""));
                break;
        }
    }

    /// <summary>
    /// "I've got a 40 inch chest, what size?" after a list with none picked: the size for each one shown, in a line each;
    /// the full reasoning comes when the shopper picks one.
    /// </summary>
    public void AdviseEach(Turn turn, IReadOnlyList<ProductFacts> shown, BodyMeasurements said)
    {
        var advisor = new SizeAdvisor();
        turn.Reply.Say("product_each_shown");
        foreach (var product in shown)
        {
            var advice = advisor.Advise(product, Request(said, null));
            if (advice is { Outcome: SizeAdviceOutcome.Suggested, Size: { } size })
                turn.Reply.Say(advice.InStock ? "size_each" : "size_each_sold_out", ("title", product.Title), ("size", size));
            else turn.Reply.Say("size_each_unknown", ("title", product.Title));
        }
        turn.Reply.Say("product_each_pick").QuickReplies(shown.Select(p => p.Title));
    }

    /// <summary>
    /// What this message says about the shopper's body, over what the conversation remembers: measurements given
    /// earlier, a size they said they wear, their fit preference.
    /// </summary>
    private static BodyMeasurements Remembered(Turn turn)
    {
        var now = turn.Understanding.Entities.Measurements ?? new BodyMeasurements();
        var profile = turn.State.Profile;
        var body = profile.Body ?? new BodyMeasurements();
        return now with
        {
            ChestCm = now.ChestCm ?? body.ChestCm, WaistCm = now.WaistCm ?? body.WaistCm, HipCm = now.HipCm ?? body.HipCm,
            HeightCm = now.HeightCm ?? body.HeightCm, InseamCm = now.InseamCm ?? body.InseamCm, FootCm = now.FootCm ?? body.FootCm,
            UsualSize = now.UsualSize ?? (now.IsEmpty ? profile.Sizes.FirstOrDefault() : null),
            Fit = now.Fit != FitPreference.Unstated ? now.Fit : body.Fit != FitPreference.Unstated ? body.Fit : profile.FitPreference,
        };
    }

    private static SizeAdviceRequest Request(BodyMeasurements said, string? size) =>
        new(said.ChestCm, said.WaistCm, said.HipCm, said.FootCm, said.UsualSize ?? size, said.InseamCm, said.HeightCm, said.Fit);

    private static void Suggested(ReplyBuilder reply, ProductFacts product, SizeAdvice advice, string size, SizeAdviceRequest request, string? brand)
    {
        var basis = advice.Basis == SizeAdviceBasis.Measurements
            ? reply.Render("size_basis_measurements", ("measures", string.Join(", ", advice.Measurements.Select(m => $"{Name(m.Measure)} {m.ValueCm:0.#} cm ({m.Size})"))))
            : brand is not null ? reply.Render("size_basis_brand", ("usual", request.UsualSize), ("brand", brand))
            : reply.Render("size_basis_usual", ("usual", request.UsualSize));
        var adjustment = advice.Adjustment is { Applied: true } adj && advice.ChartSize is { } chart
            ? reply.Render("size_adjusted", ("verdict", Verdict(adj.Verdict)), ("percent", adj.Percent), ("reviews", adj.Reviews), ("size", size), ("chart_size", chart))
            : "";
        reply.Say("size_suggested", ("size", size), ("title", product.Title), ("basis", basis), ("adjustment", adjustment));
        if (advice.OtherSize is { } other) reply.Say("size_between", ("other", other), ("size", size));
        foreach (var beyond in advice.Measurements.Where(m => !m.WithinChart)) reply.Say("size_beyond_chart", ("measure", Name(beyond.Measure)));
        if (advice.Length is { } length) Length(reply, length, request, size);
        // Another brand's size is a starting point, never a certainty.
        var confidence = brand is not null && advice.Basis == SizeAdviceBasis.UsualSize ? SizeConfidence.Low : advice.Confidence;
        reply.Say(confidence switch { SizeConfidence.High => "size_confidence_high", SizeConfidence.Medium => "size_confidence_medium", _ => "size_confidence_low" });
        if (advice.InStock) reply.Say("size_in_stock", ("colors", ConstraintsDescriber.Join(advice.ColorsInStock)));
        else reply.Say("size_sold_out");
    }

    private static void Length(ReplyBuilder reply, LengthAdvice length, SizeAdviceRequest request, string size)
    {
        if (length.ByInseam)
        {
            if (length.Fit == LengthFit.AsCut) return;
            reply.Say(length.Fit == LengthFit.Shorter ? "size_length_inseam_shorter" : "size_length_inseam_longer",
                ("inseam", $"{request.InseamCm:0.#}"), ("size", size), ("cut_for", $"{length.CutForCm:0.#}"));
            return;
        }
        var lengthText = length.GarmentLengthCm is { } cm ? $" (it measures {cm:0.#} cm)" : "";
        reply.Say(length.Fit switch { LengthFit.Shorter => "size_length_shorter", LengthFit.Longer => "size_length_longer", _ => "size_length_as_cut" },
            ("height", $"{request.HeightCm:0.#}"), ("cut_for", $"{length.CutForCm:0.#}"), ("length_text", lengthText));
    }

    private static string Name(BodyMeasure measure) => measure switch
    {
        BodyMeasure.Chest => "bust/chest",
        BodyMeasure.Hip => "hips",
        _ => measure.ToString().ToLowerInvariant(),
    };

    private static string Verdict(FitFeedback verdict) => verdict switch
    {
        FitFeedback.Small => "runs small",
        FitFeedback.Large => "runs large",
        _ => "fits true to size",
    };

    private static int Share(FitSummary fit) => fit.Verdict switch
    {
        FitFeedback.Small => fit.PercentSmall,
        FitFeedback.Large => fit.PercentLarge,
        _ => fit.PercentTrueToSize,
    };
}
