using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Bench.Chat;
using Tailor.Store;
using UnderstandingResult = Tailor.Assistant.Understanding.Understanding;

namespace Tailor.Bench.Understanding;

/// <summary>
/// The held-out intent set read by the whole understander as the product runs it (intent classifier, catalog entities,
/// handoff phrases, thresholds), each message as the first of a conversation: what the shopper gets, next to what the
/// classifier alone would do. The classifier-only figures of <c>tailor eval --set</c> leave out the entity evidence
/// that acts on many hesitant searches, and the costs it brings (a category in an order request read as a search).
/// </summary>
public static class UnderstandingBenchmark
{
    private static readonly UnderstandingContext FirstMessage = new(false, null, false, false, null);

    public static async Task<int> RunAsync(BenchArgs args, string setPath)
    {
        var set = EvaluationSet.Load(setPath);
        using var host = ChatBenchmark.BuildHost(ChatBenchmark.DataFolder(args), args.Products);
        await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync();
        await host.Services.WarmUpAssistantAsync(CancellationToken.None);
        var understander = host.Services.GetRequiredService<IUnderstander>();
        var classifier = host.Services.GetRequiredService<IntentClassifier>();
        var thresholds = host.Services.GetRequiredService<UnderstandingOptions>();
        var act = classifier.ActThreshold ?? thresholds.ActThreshold;

        var alone = ActionEvaluation.Judge(set, classifier.Predict, act, thresholds.ClarifyThreshold);
        var readings = set.ToDictionary(u => u.Text, u => understander.Understand(u.Text, FirstMessage));
        var whole = set.Select(u => Judge(u, readings[u.Text])).ToArray();
        var training = TrainingSet.Load(TrainingData.FindFolder()).Examples.Select(e => ActionReport.Comparable(e.Text)).ToHashSet(StringComparer.Ordinal);

        string Why(JudgedUtterance j)
        {
            var p = classifier.Predict(j.Utterance.Text);
            var also = readings[j.Utterance.Text].Also.Select(a => a.Intent).ToList();
            return string.Join(", ", p.TopIntents.Take(2).Select(i => Inv($"{i.Intent} {i.Confidence:0.00}")))
                + (also.Count > 0 ? "; then " + string.Join(", ", also) : "");
        }
        var report = Render(Path.GetFileName(setPath), args.Products, alone, whole, j => !training.Contains(ActionReport.Comparable(j.Utterance.Text)), Why);
        Console.WriteLine(report);
        if (args.Out is { } output) await File.WriteAllTextAsync(output, report);
        return 0;
    }

    /// <summary>What the shopper gets: a question back, the out-of-scope reply, or an action on the understood intent.</summary>
    internal static JudgedUtterance Judge(EvaluationUtterance utterance, UnderstandingResult understood)
    {
        var decision = understood.Command switch
        {
            Clarify => Decision.Clarified,
            OutOfScope { Sure: true } => utterance.Intent == "out_of_scope" ? Decision.ActedRight : Decision.Fallback,
            OutOfScope => Decision.Fallback,
            _ when understood.Intent == utterance.Intent => Decision.ActedRight,
            _ when understood.Intent == "out_of_scope" => Decision.Fallback,
            _ => Decision.ActedWrong,
        };
        return new JudgedUtterance(utterance, understood.Intent, understood.Confidence, decision);
    }

    private static string Render(string setName, int products, IReadOnlyList<JudgedUtterance> alone, IReadOnlyList<JudgedUtterance> whole,
        Func<JudgedUtterance, bool> unseen, Func<JudgedUtterance, string> why)
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"# Understanding on {setName}: the classifier alone and the whole understander"));
        md.AppendLine();
        md.AppendLine(Inv($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Demo store of {products:N0} products (its catalog words feed the entity recognizer). Each message is read as the first of a conversation (no search, product or order in play). \"Classifier\" is the blended intent classifier at its calibrated act threshold, as in `tailor eval --set`; \"understander\" adds what the product adds before acting (catalog entities, a defect read as a return, an order number, a request for a person, the request splitter). A confident reading of the wrong intent is a wrong action; the out-of-scope reply to an in-scope message is a fallback."));
        md.AppendLine();
        md.AppendLine("| messages | n | acted right | wrong actions | clarify | fallback |");
        md.AppendLine("|---|---:|---|---|---|---|");
        Row(md, "all", alone, whole);
        Row(md, "not in training", [.. alone.Where(unseen)], [.. whole.Where(unseen)]);
        md.AppendLine();
        md.AppendLine("Per register, not in training:");
        md.AppendLine();
        md.AppendLine("| register | n | acted right | wrong actions | clarify | fallback |");
        md.AppendLine("|---|---:|---|---|---|---|");
        foreach (var register in whole.Where(unseen).Select(j => j.Utterance.Register).Distinct().Order(StringComparer.Ordinal))
            Row(md, register, [.. alone.Where(j => unseen(j) && j.Utterance.Register == register)], [.. whole.Where(j => unseen(j) && j.Utterance.Register == register)]);
        md.AppendLine();
        md.AppendLine("Per intent, not in training:");
        md.AppendLine();
        md.AppendLine("| intent | n | acted right | wrong actions | clarify | fallback |");
        md.AppendLine("|---|---:|---|---|---|---|");
        foreach (var intent in whole.Where(unseen).Select(j => j.Utterance.Intent).Distinct().Order(StringComparer.Ordinal))
            Row(md, intent, [.. alone.Where(j => unseen(j) && j.Utterance.Intent == intent)], [.. whole.Where(j => unseen(j) && j.Utterance.Intent == intent)]);
        md.AppendLine();
        md.AppendLine("Wrong actions of the understander, not in training (expected → acted on; the classifier's two likeliest readings; a second request answered after it):");
        md.AppendLine();
        foreach (var wrong in whole.Where(j => unseen(j) && j.Decision == Decision.ActedWrong))
            md.AppendLine(Inv($"- \"{wrong.Utterance.Text}\": {wrong.Utterance.Intent} → {wrong.Predicted} ({why(wrong)})"));
        return md.ToString();
    }

    private static void Row(StringBuilder md, string name, IReadOnlyCollection<JudgedUtterance> alone, IReadOnlyCollection<JudgedUtterance> whole)
    {
        var (a, w) = (ActionFigures.Of(alone), ActionFigures.Of(whole));
        md.AppendLine(Inv($"| {name} | {w.Count} | {Pct(a.ActedAccuracy)} → **{Pct(w.ActedAccuracy)}** | {Pct(a.WrongActions)} → **{Pct(w.WrongActions)}** | {Pct(a.Clarified)} → {Pct(w.Clarified)} | {Pct(a.Fallback)} → {Pct(w.Fallback)} |"));
    }

    private static string Pct(double share) => (100 * share).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
