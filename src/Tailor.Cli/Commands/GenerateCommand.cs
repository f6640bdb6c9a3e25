using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tailor.Store;
using Tailor.Store.Persistence;

namespace Tailor.Cli.Commands;

/// <summary>`tailor generate`: builds the demo store into a fresh database, at any size (e.g. --products 50000 for benchmarks).</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var products = new Option<int>("--products") { Description = "Number of products.", DefaultValueFactory = _ => 2000 };
        var customers = new Option<int?>("--customers") { Description = "Number of customers (default 2.5 per product)." };
        var orders = new Option<int?>("--orders") { Description = "Number of orders (default 10 per product)." };
        var seed = new Option<int>("--seed") { Description = "Seed; the same seed gives the same store.", DefaultValueFactory = _ => 42 };
        var force = new Option<bool>("--force") { Description = "Replace an existing database." };
        var command = new Command("generate", "Generate the demo fashion store into the database.") { products, customers, orders, seed, force };

        command.SetAction(async (parse, ct) =>
        {
            var productCount = parse.GetValue(products);
            using var host = StoreHost.Build(parse, new Dictionary<string, string?>
            {
                ["Tailor:Demo:SeedOnFirstRun"] = "true",
                ["Tailor:Demo:Seed"] = parse.GetValue(seed).ToString(),
                ["Tailor:Demo:Products"] = productCount.ToString(),
                ["Tailor:Demo:Customers"] = (parse.GetValue(customers) ?? productCount * 5 / 2).ToString(),
                ["Tailor:Demo:Orders"] = (parse.GetValue(orders) ?? productCount * 10).ToString(),
            });
            var database = DatabaseFile(host.Services);
            if (File.Exists(database))
            {
                if (!parse.GetValue(force))
                {
                    Console.Error.WriteLine($"{database} already exists; pass --force to replace it.");
                    return 1;
                }
                foreach (var file in new[] { database, database + "-wal", database + "-shm" }) File.Delete(file);
            }

            var clock = Stopwatch.StartNew();
            await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync(ct);
            Console.WriteLine($"Demo store written to {database} in {clock.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        });
        return command;
    }

    private static string DatabaseFile(IServiceProvider services)
    {
        var connection = services.GetRequiredService<IOptions<StoreOptions>>().Value.ResolveConnectionString();
        return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
    }
}
