namespace Tailor.Bench;

/// <summary>Benchmark options: catalog size, scratch folder and report file.</summary>
/// <param name="Only">Names of the shopper conversations to play (substrings, separated by "|"), for debugging one case.</param>
public sealed record BenchArgs(int Products, string Work, string? Out, string? Only = null)
{
    public static BenchArgs Parse(string[] args)
    {
        var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        return new BenchArgs(
            int.Parse(options.GetValueOrDefault("--products", "50000")),
            options.GetValueOrDefault("--work", Path.Combine(Path.GetTempPath(), "tailor-bench")),
            options.GetValueOrDefault("--out"),
            options.GetValueOrDefault("--only"));
    }

    public string ToCommandLine() => $"--products {Products} --work \"{Work}\"";
    public string ShopifyFile => Path.Combine(Work, $"shopify-{Products}.csv");
    public string Database(string name) => Path.Combine(Work, $"{name}-{Products}.db");
}
