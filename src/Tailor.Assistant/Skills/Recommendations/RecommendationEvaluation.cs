using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tailor.Assistant.Skills.Search;
using Tailor.Domain.Customers;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>
/// Offline evaluation on a time split of the store's orders: history up to <c>TestDays</c> before the latest order
/// trains the recommender; for each customer who bought before and after the split, the products they bought after
/// (new to them) are what a good list of <c>K</c> should hold. The personal recommender and a popularity baseline
/// (best sellers as of the split, less what the customer owns) are scored in the same run on the same customers.
/// </summary>
public static class RecommendationEvaluation
{
    public static async Task<RecommendationReport> RunAsync(TailorDbContext db, int testDays = 28, int k = 12, CancellationToken ct = default)
    {
        var snapshot = await CatalogSnapshotLoader.LoadAsync(db, 0, null, ct);
        await using var sql = await SqlRunner.OpenAsync(db, ct);
        var purchases = await PurchaseReader.ReadAsync(sql, snapshot, ct);
        if (purchases.Count == 0) return RecommendationReport.Empty(k, testDays);
        var split = new DateTimeOffset(purchases.Max(p => p.PlacedTicks), TimeSpan.Zero).AddDays(-testDays);
        var clock = Stopwatch.StartNew();
        var recommender = new Recommender(snapshot, new PurchaseHistory(purchases, snapshot.Products.Length, split), ProductVectors.None);
        var buildTime = clock.Elapsed;
        var preferences = await PreferencesAsync(sql, ct);

        var truths = purchases.Where(p => p.Customer >= 0 && p.PlacedTicks > split.UtcTicks).GroupBy(p => p.Customer);
        var ours = new Scores(k);
        var popular = new Scores(k);
        var timings = new List<double>();
        foreach (var truth in truths.OrderBy(g => g.Key))
        {
            var past = recommender.History.Of(truth.Key);
            if (past.IsEmpty) continue;
            var owned = past.ToArray().Select(p => p.Product).ToHashSet();
            var wanted = truth.Select(p => p.Product).Where(p => !owned.Contains(p)).ToHashSet();
            if (wanted.Count == 0) continue;
            var started = Stopwatch.GetTimestamp();
            var shopper = new ShopperSignals(past, snapshot, preferences.GetValueOrDefault(truth.Key));
            var picks = recommender.Recommend(RecommendationKind.Personal, null, shopper, k).Select(p => p.Index).ToList();
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            ours.Add(picks, wanted);
            popular.Add(recommender.BestSellers.Where(p => !owned.Contains(p)).Take(k).ToList(), wanted);
        }
        timings.Sort();
        return new RecommendationReport(k, testDays, snapshot.Products.Length, purchases.Count, ours.Customers,
            ours.Result(snapshot.Products.Length), popular.Result(snapshot.Products.Length),
            Percentile(timings, 0.5), Percentile(timings, 0.95), buildTime);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    // Stated preferences of customers who consented to their use, by customer id.
    private static async Task<Dictionary<int, CustomerPreferences>> PreferencesAsync(SqlRunner sql, CancellationToken ct)
    {
        var result = new Dictionary<int, CustomerPreferences>();
        await using var command = sql.Command("SELECT Id, Preferences, Consents FROM Customers");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (StoredPreferences.Read(reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)) is { } preferences)
                result[reader.GetInt32(0)] = preferences;
        }
        return result;
    }

    /// <summary>Average precision and recall at k over customers, and every product recommended to anyone.</summary>
    private sealed class Scores(int k)
    {
        private double averagePrecision, recall;
        private readonly HashSet<int> shown = [];

        public int Customers { get; private set; }

        public void Add(IReadOnlyList<int> picks, HashSet<int> wanted)
        {
            double hits = 0, precisionSum = 0;
            for (var rank = 0; rank < Math.Min(k, picks.Count); rank++)
            {
                shown.Add(picks[rank]);
                if (!wanted.Contains(picks[rank])) continue;
                hits++;
                precisionSum += hits / (rank + 1);
            }
            averagePrecision += precisionSum / Math.Min(k, wanted.Count);
            recall += hits / wanted.Count;
            Customers++;
        }

        public RecommenderScores Result(int products) =>
            new(Customers == 0 ? 0 : averagePrecision / Customers, Customers == 0 ? 0 : recall / Customers, products == 0 ? 0 : (double)shown.Count / products);
    }
}

/// <summary>MAP@k, recall@k and catalog coverage of one recommender.</summary>
public sealed record RecommenderScores(double MeanAveragePrecision, double Recall, double Coverage);

/// <summary>The figures of one evaluation run, the recommender and the popularity baseline side by side.</summary>
public sealed record RecommendationReport(int K, int TestDays, int Products, int OrderLines, int Customers,
    RecommenderScores Personal, RecommenderScores Popularity, double P50Milliseconds, double P95Milliseconds, TimeSpan BuildTime)
{
    public static RecommendationReport Empty(int k, int days) => new(k, days, 0, 0, 0, new(0, 0, 0), new(0, 0, 0), 0, 0, TimeSpan.Zero);

    /// <summary>The recommender's MAP@k over the baseline's (0 when the baseline scored nothing).</summary>
    public double Lift => Popularity.MeanAveragePrecision > 0 ? Personal.MeanAveragePrecision / Popularity.MeanAveragePrecision : 0;

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Time split: the last {TestDays} days of orders held out; {Customers} customers who bought before and after; {Products} products, {OrderLines} order lines.");
        text.AppendLine();
        text.AppendLine(c, $"| recommender | MAP@{K} | recall@{K} | coverage |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine(c, $"| personal | {Personal.MeanAveragePrecision:0.0000} | {Personal.Recall:0.0000} | {Personal.Coverage:0.000} |");
        text.AppendLine(c, $"| popularity | {Popularity.MeanAveragePrecision:0.0000} | {Popularity.Recall:0.0000} | {Popularity.Coverage:0.000} |");
        text.AppendLine();
        text.AppendLine(c, $"MAP@{K} lift over popularity: {Lift:0.00}×. Personal list p50 {P50Milliseconds:0.000} ms, p95 {P95Milliseconds:0.000} ms; model built in {BuildTime.TotalMilliseconds:0} ms.");
        return text.ToString();
    }
}
