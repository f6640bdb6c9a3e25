using System.Diagnostics;
using CsvHelper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Settings;
using Tailor.Store.Demo;
using Tailor.Store.Import;
using Tailor.Store.Persistence;

namespace Tailor.Bench;

/// <summary>The measured phases of the store benchmark; each runs in a fresh process.</summary>
public static class StorePhases
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    public static async Task<int> RunAsync(string phase, BenchArgs args)
    {
        Directory.CreateDirectory(args.Work);
        var result = phase switch
        {
            "generate" => Generate(args),
            "write" => await WriteAsync(args),
            "export" => Export(args),
            "parse" => Parse(args),
            "import" => await ImportAsync(args, "import", fresh: true),
            "reimport" => await ImportAsync(args, "reimport", fresh: false),
            _ => throw new ArgumentException($"unknown phase {phase}"),
        };
        Console.WriteLine(result.ToLine());
        return 0;
    }

    private static DemoStoreOptions Options(BenchArgs args) =>
        new() { Products = args.Products, Customers = 5000, Orders = 20000, Seed = 42 };

    private static PhaseResult Generate(BenchArgs args)
    {
        var clock = Stopwatch.StartNew();
        var store = new DemoStoreGenerator(Options(args), new StoreSettings(), Clock).Generate();
        return PhaseResult.Measure("generate (in memory)", "products", clock, store.Products.Count,
            $"{store.Products.Sum(p => p.Variants.Count):N0} variants, {store.Customers.Count:N0} customers, {store.Orders.Count:N0} orders");
    }

    private static async Task<PhaseResult> WriteAsync(BenchArgs args)
    {
        var store = new DemoStoreGenerator(Options(args), new StoreSettings(), Clock).Generate();
        await using var db = await FreshDatabaseAsync(args.Database("write"));
        var rows = store.Products.Sum(p => 1L + p.Variants.Count + p.Images.Count + p.Reviews.Count)
            + store.Customers.Count + store.Orders.Sum(o => 1L + o.Lines.Count + o.Shipments.Count) + store.Returns.Count;
        var clock = Stopwatch.StartNew();
        await DemoStoreWriter.WriteAsync(db, store, CancellationToken.None);
        return PhaseResult.Measure("write demo store to SQLite", "rows", clock, rows, "products, variants, images, reviews, customers, orders, lines, shipments, returns");
    }

    private static PhaseResult Export(BenchArgs args)
    {
        var store = new DemoStoreGenerator(Options(args), new StoreSettings(), Clock).Generate();
        var clock = Stopwatch.StartNew();
        using (var writer = new StreamWriter(args.ShopifyFile))
            ShopifyCsvWriter.Write(writer, store.Products);
        return PhaseResult.Measure("export Shopify CSV", "variant rows", clock, CountRows(args.ShopifyFile),
            $"{new FileInfo(args.ShopifyFile).Length / 1024.0 / 1024.0:0.0} MB");
    }

    /// <summary>Baseline: CsvHelper reading every field of the same file, no validation and no database.</summary>
    private static PhaseResult Parse(BenchArgs args)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0, fields = 0;
        using (var file = File.OpenRead(args.ShopifyFile))
        using (var csv = CsvReader.Create(file, CsvReaderOptions.Default, leaveOpen: false))
        {
            csv.ReadHeader();
            while (csv.Read())
            {
                rows++;
                for (var i = 0; i < csv.FieldCount; i++) fields += csv.IsEmpty(i) ? 0 : csv.GetString(i).Length > 0 ? 1 : 0;
            }
        }
        return PhaseResult.Measure("baseline: parse CSV only", "variant rows", clock, rows, $"{fields:N0} non-empty fields");
    }

    private static async Task<PhaseResult> ImportAsync(BenchArgs args, string phase, bool fresh)
    {
        var path = args.Database("import");
        await using var db = fresh ? await FreshDatabaseAsync(path) : Open(path);
        var importer = new CatalogImporter(db, Clock);
        var clock = Stopwatch.StartNew();
        ImportReport report;
        await using (var file = File.OpenRead(args.ShopifyFile))
            report = await importer.ImportProductsAsync(file, ProductFeedFormat.Shopify, CancellationToken.None);
        return PhaseResult.Measure(fresh ? "import Shopify CSV into empty store" : "re-import same file (all updates)", "variant rows", clock,
            CountRows(args.ShopifyFile), $"created {report.Created:N0}, updated {report.Updated:N0}, failed {report.Failed.Count:N0}");
    }

    private static long CountRows(string csvFile)
    {
        using var file = File.OpenRead(csvFile);
        using var csv = CsvReader.Create(file, CsvReaderOptions.Default, leaveOpen: false);
        csv.ReadHeader();
        long rows = 0;
        while (csv.Read()) rows++;
        return rows;
    }

    private static TailorDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<TailorDbContext>().UseSqlite($"Data Source={path}").Options);

    private static async Task<TailorDbContext> FreshDatabaseAsync(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        var db = Open(path);
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        return db;
    }
}
