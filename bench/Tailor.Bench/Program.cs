using Tailor.Bench;

// Parent: `store --products N` runs every phase in its own process (so each reports its own peak memory) and writes the report.
// Child: `phase NAME --products N --work DIR` runs one phase and prints one result line.
return args switch
{
    ["phase", var name, ..] => await StorePhases.RunAsync(name, BenchArgs.Parse(args[2..])),
    ["store", ..] => await StoreBenchmark.RunAsync(BenchArgs.Parse(args[1..])),
    ["chat", ..] => await Tailor.Bench.Chat.ChatBenchmark.RunAsync(BenchArgs.Parse(args[1..]), 1000),
    ["shoppers", ..] => await Tailor.Bench.Shoppers.ShopperBenchmark.RunAsync(BenchArgs.Parse(args[1..])),
    ["ndcg", ..] => await Tailor.Bench.Search.NdcgBenchmark.RunAsync(BenchArgs.Parse(args[1..])),
    ["vectors", ..] => await Tailor.Bench.Search.VectorBuildBenchmark.RunAsync(BenchArgs.Parse(args[1..])),
    ["llm", ..] => await Tailor.Bench.Llm.LlmBenchmark.RunAsync(BenchArgs.Parse(args[1..]), TimeSpan.FromMilliseconds(50), 24),
    ["recommendations", ..] => await Tailor.Bench.Recommendations.RecommendationBenchmark.RunAsync(BenchArgs.Parse(args[1..]),
        int.Parse(args.SkipWhile(a => a != "--orders").Skip(1).FirstOrDefault() ?? "100000"), 1000),
    ["understanding", ..] => await Tailor.Bench.Understanding.UnderstandingBenchmark.RunAsync(BenchArgs.Parse(args[1..]),
        Path.Combine(AppContext.BaseDirectory, "intents-heldout.yaml")),
    ["stream", ..] => await Tailor.Bench.Streaming.StreamBenchmark.RunAsync(BenchArgs.Parse(args[1..]), 50),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Tailor.Bench store|chat|stream|llm|shoppers|understanding|ndcg|vectors|recommendations [--products 50000] [--orders 100000] [--work DIR] [--out FILE]");
    return 2;
}
