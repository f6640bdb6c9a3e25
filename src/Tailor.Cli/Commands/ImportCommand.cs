using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Store;
using Tailor.Store.Import;

namespace Tailor.Cli.Commands;

/// <summary>`tailor import products|customers|orders|promotions|policies`: the same importer as the HTTP API, with the row report printed.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Import catalog, customers, orders or policies into the store.");

        var format = new Option<string>("--format") { Description = "shopify, merchant (TSV or XML) or json.", Required = true };
        var productsFile = FileArgument();
        var products = new Command("products", "Upsert products keyed on handle and SKU.") { format, productsFile };
        products.SetAction((parse, ct) =>
        {
            if (!CatalogImporter.TryParseFormat(parse.GetValue(format), out var feed))
            {
                Console.Error.WriteLine("--format must be shopify, merchant or json.");
                return Task.FromResult(2);
            }
            return RunAsync(parse, parse.GetValue(productsFile)!, (importer, stream) => importer.ImportProductsAsync(stream, feed, ct));
        });
        import.Subcommands.Add(products);

        var customersFile = FileArgument();
        var customers = new Command("customers", "Upsert customers from JSON, keyed on externalId then email.") { customersFile };
        customers.SetAction((parse, ct) => RunAsync(parse, parse.GetValue(customersFile)!, (importer, stream) => importer.ImportCustomersAsync(stream, ct)));
        import.Subcommands.Add(customers);

        var ordersFile = FileArgument();
        var orders = new Command("orders", "Upsert orders from JSON, keyed on order number.") { ordersFile };
        orders.SetAction((parse, ct) => RunAsync(parse, parse.GetValue(ordersFile)!, (importer, stream) => importer.ImportOrdersAsync(stream, ct)));
        import.Subcommands.Add(orders);

        var promotionsFile = FileArgument();
        var promotions = new Command("promotions", "Upsert promotions from CSV or JSON (by extension), keyed on code, or name when automatic.") { promotionsFile };
        promotions.SetAction((parse, ct) =>
        {
            var file = parse.GetValue(promotionsFile)!;
            var json = string.Equals(file.Extension, ".json", StringComparison.OrdinalIgnoreCase);
            return RunAsync(parse, file, (importer, stream) => importer.ImportPromotionsAsync(stream, json, ct));
        });
        import.Subcommands.Add(promotions);

        var folder = new Argument<DirectoryInfo>("folder") { Description = "Folder of Markdown files." };
        var policies = new Command("policies", "Upsert policy and FAQ pages from a folder of Markdown, keyed on slug.") { folder };
        policies.SetAction((parse, ct) => RunAsync(parse, null, (importer, _) => importer.ImportPoliciesAsync(parse.GetValue(folder)!.FullName, ct)));
        import.Subcommands.Add(policies);
        import.Subcommands.Add(ExportCommands.ImportTranscripts());
        return import;
    }

    private static Argument<FileInfo> FileArgument() => new("file") { Description = "The file to import." };

    private static async Task<int> RunAsync(ParseResult parse, FileInfo? file, Func<CatalogImporter, Stream, Task<ImportReport>> import)
    {
        if (file is { Exists: false })
        {
            parse.InvocationConfiguration.Error.WriteLine($"{file.FullName} does not exist.");
            return 2;
        }
        using var host = StoreHost.Build(parse, new Dictionary<string, string?> { ["Tailor:Demo:SeedOnFirstRun"] = "false" });
        await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync();
        var report = await host.WithScopeAsync(async services =>
        {
            await using var stream = file is null ? Stream.Null : file.OpenRead();
            return await import(services.GetRequiredService<CatalogImporter>(), stream);
        });

        // The invocation's writer (the console unless a caller, such as a test, gives another).
        var output = parse.InvocationConfiguration.Output;
        output.WriteLine($"created {report.Created}, updated {report.Updated}, failed {report.Failed.Count}");
        foreach (var error in report.Failed)
            output.WriteLine($"  row {error.Row}, {error.Field}: {error.Message}");
        return report.Failed.Count == 0 ? 0 : 1;
    }
}
