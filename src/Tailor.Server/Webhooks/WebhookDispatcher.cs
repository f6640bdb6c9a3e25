using Microsoft.Extensions.Options;

namespace Tailor.Server.Webhooks;

/// <summary>Runs <see cref="WebhookSender"/> every poll interval while the server runs; idle when no URL is configured.</summary>
public sealed class WebhookDispatcher(WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SendsEvents)
        {
            logger.LogInformation("No {Section}:Url and Secret configured: order-care events stay in the outbox, none is sent.", WebhookOptions.Section);
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sender.DeliverDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop deliveries for good; the next round tries again.
                logger.LogError(e, "Delivering webhooks failed; retrying in {Interval}", options.Value.PollInterval);
            }
            try { await Task.Delay(options.Value.PollInterval, time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
