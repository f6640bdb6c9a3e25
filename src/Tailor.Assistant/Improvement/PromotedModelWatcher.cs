using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Improvement;

/// <summary>
/// Picks up a promotion or rollback made outside this process (<c>tailor train</c>, <c>tailor model rollback</c>)
/// by watching the register's write time, and swaps the model in without a restart.
/// </summary>
public sealed class PromotedModelWatcher(ModelPromotions promotions, ModelVersions versions, TimeProvider time, ILogger<PromotedModelWatcher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (ModelPromotions.RegisterWriteTime(versions) == promotions.RegisterSeenAt) continue;
                try
                {
                    promotions.Reload(TrainingData.FindFolder());
                    logger.LogInformation("Intent model {Version} put in use after a change of {Register}",
                        versions.Current?.Version ?? "(shipped)", ModelVersions.RegisterFile);
                }
                catch (Exception ex) when (ex is IOException or TrainingDataException or InvalidOperationException)
                {
                    logger.LogWarning(ex, "Could not load the promoted intent model; the one in use stays");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
