using System.Text;

namespace Tailor.Bench.Shoppers;

/// <summary>The markdown report of a shopper script run: non-answer share overall, per kind and per tag, and every non-answer.</summary>
public static class ShopperReport
{
    private const int ReplyChars = 220;

    public static string Render(int products, int conversations, IReadOnlyList<PlayedTurn> turns, TimeSpan elapsed)
    {
        var misses = turns.Where(t => t.Verdict.IsNonAnswer).ToList();
        var text = new StringBuilder()
            .AppendLine($"# Shopper script: non-answers at {products:N0} products")
            .AppendLine()
            .AppendLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, .NET {Environment.Version}. Script: bench/shoppers/script.yaml, {conversations} conversations, " +
                $"{turns.Count} shopper turns, played one after another through the real ChatEngine on a fresh demo store (seed 42) in {elapsed.TotalSeconds:0} s. " +
                "How a turn is classified: bench/README.md.")
            .AppendLine()
            .AppendLine($"**Non-answers: {misses.Count} of {turns.Count} turns, {Share(misses.Count, turns.Count)}** (target ≤ 5 %).")
            .AppendLine()
            .AppendLine("| kind | turns | share of all turns |")
            .AppendLine("|---|---:|---:|");
        foreach (var kind in misses.GroupBy(t => t.Verdict.Kind!).OrderByDescending(g => g.Count()))
            text.AppendLine($"| {kind.Key} | {kind.Count()} | {Share(kind.Count(), turns.Count)} |");

        text.AppendLine()
            .AppendLine("Per tag (the capability a turn exercises), worst first:")
            .AppendLine()
            .AppendLine("| tag | turns | non-answers | share |")
            .AppendLine("|---|---:|---:|---:|");
        foreach (var tag in turns.GroupBy(t => t.Tag)
                     .Select(g => (Tag: g.Key, Turns: g.Count(), Misses: g.Count(t => t.Verdict.IsNonAnswer)))
                     .OrderByDescending(g => (double)g.Misses / g.Turns).ThenByDescending(g => g.Turns).ThenBy(g => g.Tag, StringComparer.Ordinal))
            text.AppendLine($"| {tag.Tag} | {tag.Turns} | {tag.Misses} | {Share(tag.Misses, tag.Turns)} |");

        text.AppendLine()
            .AppendLine("## Every non-answer")
            .AppendLine()
            .AppendLine("| conversation | tag | shopper | kind | why | intent (confidence) | reply |")
            .AppendLine("|---|---|---|---|---|---|---|");
        foreach (var turn in misses)
            text.AppendLine($"| {Cell(turn.Conversation)} | {turn.Tag} | {Cell(turn.Said)} | {turn.Verdict.Kind} | {Cell(turn.Verdict.Why)} | " +
                $"{turn.Evidence.Intent} ({turn.Evidence.Confidence:0.00}) | {Cell(Clip(turn.Reply))} |");

        var nothing = turns.Where(t => !t.Verdict.IsNonAnswer && t.Evidence.Templates.Contains(TurnClassifier.SearchNone)).ToList();
        if (nothing.Count > 0)
        {
            text.AppendLine()
                .AppendLine("## \"Nothing matches\" answers not counted")
                .AppendLine()
                .AppendLine("The catalog has nothing for the recognised constraints either (or the search had no recognised constraint to check), or the reply named the recognised constraint that emptied the list and showed the nearest alternatives (the count is then of the relaxed search the state holds).")
                .AppendLine()
                .AppendLine("| conversation | shopper | products for the recognised constraints | reply |")
                .AppendLine("|---|---|---:|---|");
            foreach (var turn in nothing)
                text.AppendLine($"| {Cell(turn.Conversation)} | {Cell(turn.Said)} | {turn.Evidence.CatalogMatches?.ToString() ?? "not checkable"} | {Cell(Clip(turn.Reply))} |");
        }
        return text.ToString();
    }

    private static string Share(int part, int whole) => whole == 0 ? "–" : $"{100.0 * part / whole:0.0} %";

    private static string Clip(string reply) => reply.Length <= ReplyChars ? reply : reply[..ReplyChars] + "…";

    // Markdown table cells: no pipes or line breaks.
    private static string Cell(string value) => value.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
