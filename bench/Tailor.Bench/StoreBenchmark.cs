using System.Diagnostics;
using System.Text;

namespace Tailor.Bench;

/// <summary>Runs the store phases side by side in one run and writes a Markdown report with ratios to the parse baseline.</summary>
public static class StoreBenchmark
{
    private static readonly string[] Phases = ["generate", "write", "export", "parse", "import", "reimport"];

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var results = new List<PhaseResult>();
        foreach (var phase in Phases)
        {
            Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {phase} ({args.Products:N0} products)…");
            var result = await RunChildAsync(phase, args);
            if (result is null) return 1;
            results.Add(result);
        }

        var report = Render(args, results);
        Console.WriteLine(report);
        if (args.Out is { } output)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllTextAsync(output, report);
        }
        return 0;
    }

    private static async Task<PhaseResult?> RunChildAsync(string phase, BenchArgs args)
    {
        // Run as `dotnet Tailor.Bench.dll` or as the apphost: the child is started the same way.
        var viaDotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet";
        var self = viaDotnet ? $"\"{typeof(StoreBenchmark).Assembly.Location}\" " : "";
        var start = new ProcessStartInfo(Environment.ProcessPath!, $"{self}phase {phase} {args.ToCommandLine()}") { RedirectStandardOutput = true };
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var result = output.Split('\n').Select(PhaseResult.FromLine).LastOrDefault(r => r is not null);
        if (child.ExitCode != 0 || result is null) Console.Error.WriteLine($"phase {phase} failed (exit {child.ExitCode}):\n{output}");
        return result;
    }

    private static string Render(BenchArgs args, List<PhaseResult> results)
    {
        var baseline = results.First(r => r.Phase.StartsWith("baseline"));
        var text = new StringBuilder()
            .AppendLine($"# Store benchmark: {args.Products:N0} products")
            .AppendLine()
            .AppendLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite (WAL). " +
                "Each phase runs in its own process; peak = that process's peak working set.")
            .AppendLine()
            .AppendLine("| phase | rows | seconds | rows/s | vs parse baseline | peak MB | note |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var ratio = r.Rows == baseline.Rows ? $"{r.RowsPerSecond / baseline.RowsPerSecond:0.00}×" : "–";
            text.AppendLine($"| {r.Phase} | {r.RowCount:N0} {r.Rows} | {r.Seconds:0.00} | {r.RowsPerSecond:N0} | {ratio} | {r.PeakMegabytes:N0} | {r.Note} |");
        }
        return text.ToString();
    }
}
