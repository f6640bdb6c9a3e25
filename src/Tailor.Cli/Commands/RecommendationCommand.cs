using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Skills.Recommendations;
using Tailor.Store.Persistence;

namespace Tailor.Cli.Commands;

/// <summary>`tailor eval-recommendations`: MAP@12, recall@12 and coverage on a time split of the store's orders, against popularity.</summary>
internal static class RecommendationCommand
{
    public static Command Create()
    {
        var days = new Option<int>("--test-days") { Description = "Days of the latest orders held out as the test period.", DefaultValueFactory = _ => 28 };
        var k = new Option<int>("--k") { Description = "Length of each recommended list.", DefaultValueFactory = _ => 12 };
        var output = new Option<string?>("--out") { Description = "Also write the Markdown report to this file." };
        var command = new Command("eval-recommendations",
            "Evaluate personal recommendations on a time split of the orders in the database, beside a popularity baseline.") { days, k, output };
        command.SetAction(async (parse, ct) =>
        {
            using var host = StoreHost.Build(parse);
            var report = await host.WithScopeAsync(services =>
                RecommendationEvaluation.RunAsync(services.GetRequiredService<TailorDbContext>(), parse.GetValue(days), parse.GetValue(k), ct));
            var markdown = report.ToMarkdown();
            Console.WriteLine(markdown);
            if (parse.GetValue(output) is { } path) await File.WriteAllTextAsync(path, markdown, ct);
            return report.Customers > 0 ? 0 : 1;
        });
        return command;
    }
}
