using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tailor.Assistant;
using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Store;
using Tailor.Store.Persistence;

namespace Tailor.Bench.Search;

/// <summary>
/// nDCG@10 of the product search over the judged set (judged-queries.yaml), for words alone (BM25), meaning alone
/// (product vectors) and both fused, in one run on the same demo store. Each query is read by the chat's entity
/// recognizer first, as the chat and the shop's search box read it, so the three differ only in how the words rank.
/// </summary>
public static class NdcgBenchmark
{
    private const int Depth = 10;
    private static readonly SearchSignals[] Modes = [SearchSignals.Words, SearchSignals.Meaning, SearchSignals.Hybrid];

    public static async Task<int> RunAsync(BenchArgs args)
    {
        using var host = BuildHost(Path.Combine(args.Work, $"search-{args.Products}"), args.Products);
        var services = host.Services;
        await services.GetRequiredService<StoreInitializer>().InitializeAsync();
        await services.WarmUpAssistantAsync(CancellationToken.None);
        var build = await services.GetRequiredService<ProductVectorIndex>().BuildAsync(CancellationToken.None);

        List<Tailor.Domain.Catalog.Product> products;
        await using (var scope = services.CreateAsyncScope())
            products = await scope.ServiceProvider.GetRequiredService<TailorDbContext>().Products.AsNoTracking().Include(p => p.Variants).ToListAsync();
        var byHandle = products.ToDictionary(p => p.Handle);
        var judged = JudgedSet.Load(Path.Combine(AppContext.BaseDirectory, "judged-queries.yaml"));
        var recognizer = services.GetRequiredService<EntityRecognizerProvider>().Current;
        var search = services.GetRequiredService<ProductSearchSkill>();

        var rows = new List<(string Query, string Read, double[] Ndcg, int[] Totals, double Ideal)>();
        var floors = new List<string>();
        var index = services.GetRequiredService<ProductVectorIndex>();
        var clock = Stopwatch.StartNew();
        foreach (var query in judged.Queries)
        {
            var constraints = recognizer.Recognize(query.Q).Constraints;
            var ideal = Dcg(products.Select(query.Grade).OrderDescending().Take(Depth));
            var ndcg = new double[Modes.Length];
            var totals = new int[Modes.Length];
            for (var m = 0; m < Modes.Length; m++)
            {
                var result = await search.SearchAsync(constraints, new ProductSearchOptions(Signals: Modes[m]), 0, Depth, CancellationToken.None);
                totals[m] = result.Total;
                ndcg[m] = ideal == 0 ? 0 : Dcg(result.Products.Select(p => query.Grade(byHandle[p.Handle]))) / ideal;
            }
            rows.Add((query.Q, Describe(constraints), ndcg, totals, ideal));
            if (!SoftWords.HasHardFilter(constraints) && constraints.Terms.Count > 0)
                floors.Add(Floors(query, SoftWords.QueryText(constraints), index.CosinesTo(SoftWords.QueryText(constraints)), products));
        }
        var report = Render(args.Products, build, rows, clock.Elapsed) + FloorTable(floors);
        Console.WriteLine(report);
        if (args.Out is { } output) await File.WriteAllTextAsync(output, report);
        return 0;
    }

    private static readonly float[] Thresholds = [0.25f, 0.30f, 0.35f, 0.40f, 0.45f];

    // For calibrating the meaning floor: how many products each floor would admit for a query with no hard filter.
    private static string Floors(JudgedQuery query, string text, float[] cosines, List<Tailor.Domain.Catalog.Product> products)
    {
        var relevant = products.Count(p => query.Grade(p) > 0);
        var counts = Thresholds.Select(t => cosines.Count(c => c >= t).ToString(CultureInfo.InvariantCulture));
        return $"| {query.Q} | {text} | {(cosines.Length > 0 ? cosines[0] : 0):0.000} | {string.Join(" | ", counts)} | {relevant} |";
    }

    private static string FloorTable(List<string> floors) =>
        "\nQueries with no hard filter: the best cosine and how many products each floor admits by meaning (relevant: graded 1 or 2).\n\n" +
        $"| query | encoded as | best | {string.Join(" | ", Thresholds.Select(t => $"≥ {t:0.00}"))} | relevant |\n" +
        $"|---|---|---|{string.Concat(Thresholds.Select(_ => "---|"))}---|\n" + string.Join("\n", floors) + "\n";

    private static double Dcg(IEnumerable<int> grades) =>
        grades.Take(Depth).Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();

    private static string Describe(SearchConstraints c)
    {
        var parts = new List<string>();
        if (c.Category is { } category) parts.Add($"category={category}");
        if (c.Gender is { } gender) parts.Add($"gender={gender}");
        foreach (var (name, values) in new[] { ("colour", c.Colors), ("material", c.Materials), ("pattern", c.Patterns), ("fit", c.Fits),
            ("occasion", c.Occasions), ("season", c.Seasons), ("style", c.Styles), ("brand", c.Brands) })
            if (values.Count > 0) parts.Add($"{name}={string.Join('/', values)}");
        if (c.MaxPrice is { } max) parts.Add($"max={max}");
        if (c.Terms.Count > 0) parts.Add($"words: {string.Join(' ', c.Terms)}");
        return string.Join(", ", parts);
    }

    private static string Render(int catalog, ProductVectorBuild build, List<(string Query, string Read, double[] Ndcg, int[] Totals, double Ideal)> rows, TimeSpan elapsed)
    {
        var mean = Enumerable.Range(0, Modes.Length).Select(m => rows.Average(r => r.Ndcg[m])).ToArray();
        var withWords = rows.Where(r => r.Read.Contains("words:", StringComparison.Ordinal)).ToList();
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"# Search relevance: nDCG@{Depth} on {rows.Count} judged queries, demo catalog of {catalog} products (seed 42)");
        text.AppendLine();
        text.AppendLine(c, $"Product vectors: {build.Products} products, {build.Encoded} encoded in this run ({build.Texts} distinct texts). Meaning floor {SoftWords.MeaningFloor}, RRF k={SoftWords.K}. {rows.Count * Modes.Length} searches in {elapsed.TotalSeconds:0.0} s.");
        text.AppendLine();
        text.AppendLine("| ranking | nDCG@10, all queries | nDCG@10, queries with words left after recognition |");
        text.AppendLine("|---|---|---|");
        for (var m = 0; m < Modes.Length; m++)
            text.AppendLine(c, $"| {Name(Modes[m])} | {mean[m]:0.000} | {(withWords.Count == 0 ? 0 : withWords.Average(r => r.Ndcg[m])):0.000} ({withWords.Count} queries) |");
        text.AppendLine();
        text.AppendLine("| query | read as | BM25 | dense | hybrid | matches (BM25 / dense / hybrid) |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
            text.AppendLine(c, $"| {row.Query} | {row.Read} | {row.Ndcg[0]:0.00} | {row.Ndcg[1]:0.00} | {row.Ndcg[2]:0.00} | {string.Join(" / ", row.Totals)} |");
        return text.ToString();
    }

    private static string Name(SearchSignals mode) => mode switch
    {
        SearchSignals.Words => "BM25 alone",
        SearchSignals.Meaning => "dense alone",
        _ => "hybrid (RRF)",
    };

    private static IHost BuildHost(string data, int products)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tailor:DataDirectory"] = data,
            ["Tailor:Demo:Products"] = products.ToString(CultureInfo.InvariantCulture),
            ["Tailor:Demo:Customers"] = "200",
            ["Tailor:Demo:Orders"] = "500",
        });
        builder.AddTailorStore();
        builder.AddAssistant();
        return builder.Build();
    }
}
