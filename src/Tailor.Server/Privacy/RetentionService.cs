using Microsoft.Extensions.Options;
using Tailor.Store.Privacy;

namespace Tailor.Server.Privacy;

/// <summary>Runs the retention sweep shortly after start and then every <see cref="RetentionOptions.Interval"/>.</summary>
public sealed class RetentionService(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Out of the way of start-up (migrations, the demo store, model training) before the first run.
        try { await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken); }
        catch (OperationCanceledException) { return; }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(stoppingToken);
                if (report.Total > 0) logger.LogInformation("Retention: {Report}", report);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception error)
            {
                // A failed run (a locked database) is retried at the next interval rather than stopping the server.
                logger.LogError(error, "The retention sweep failed; it runs again in {Interval}.", options.Value.Interval);
            }
            try { await Task.Delay(options.Value.Interval, time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
