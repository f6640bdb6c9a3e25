namespace Tailor.Assistant.Tests.Conversations;

// TEMPORARY exploration helper; removed before hand-off.
[Collection(AssistantHostCollection.Name)]
public sealed class ProbeTests(AssistantHost host)
{
    [Fact]
    public async Task Probe()
    {
        var file = Environment.GetEnvironmentVariable("TAILOR_PROBE");
        if (file is null || !File.Exists(file)) return;
        var blocks = File.ReadAllText(file).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var output = new System.Text.StringBuilder();
        var n = 0;
        foreach (var block in blocks)
        {
            var script = new ConversationScript { Name = $"probe {++n}", File = "probe.yaml" };
            foreach (var line in block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (line.StartsWith("#")) continue;
                if (line.StartsWith("@product ")) script.Context = new PageSetup { Page = "product", Product = line[9..] };
                else script.Steps.Add(new ConversationStep { User = line });
            }
            if (script.Steps.Count == 0) continue;
            var run = await new ConversationRunner(host).RunAsync(script);
            output.AppendLine($"=== {script.Name}");
            output.Append(run.Transcript);
            foreach (var f in run.Failures) output.AppendLine("  !! " + f);
        }
        File.WriteAllText(file + ".out", output.ToString());
    }
}
