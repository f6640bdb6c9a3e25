using System.Diagnostics;
using Tailor.Store;
using Tailor.Store.Demo;
using Tailor.Store.Persistence;

namespace Tailor.Server.Analytics.DemoHistory;

/// <summary>On the run that seeds the demo store, adds Tailor:Demo:HistoryDays of past conversations so the dashboard starts alive.</summary>
public static class DemoHistorySeeding
{
    public static async Task SeedDemoHistoryAsync(this WebApplication app)
    {
        var demo = app.Services.GetRequiredService<DemoStoreOptions>();
        if (!app.Services.GetRequiredService<StoreInitializer>().SeededDemo || demo.HistoryDays <= 0) return;
        var ct = app.Lifetime.ApplicationStopping;
        var logger = app.Services.GetRequiredService<ILogger<DemoHistoryGenerator>>();
        var clock = Stopwatch.StartNew();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        var messages = await DemoHistoryMessages.BuildAsync(db, new Random(demo.Seed), ct);
        var probes = await EngineProbes.RunAsync(app.Services, messages, ct);
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var history = new DemoHistoryGenerator(probes, demo.Seed).Generate(today, demo.HistoryDays);
        await ConversationHistoryWriter.WriteAsync(db, history, ct);
        logger.LogInformation("Demo history: {Conversations} conversations over {Days} days from {Probes} real answers, in {Seconds:0.0} s",
            history.Count, demo.HistoryDays, probes.Count, clock.Elapsed.TotalSeconds);
    }
}
