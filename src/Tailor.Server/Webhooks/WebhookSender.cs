using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tailor.Domain.Webhooks;
using Tailor.Store.Persistence;
using Tailor.Store.Privacy;

namespace Tailor.Server.Webhooks;

/// <summary>
/// Delivers the outbox: every event due is POSTed, signed, to <c>Tailor:Webhooks:Url</c>. A 2xx answer marks it
/// delivered; anything else schedules a retry after an exponentially growing wait, until the attempts run out.
/// </summary>
public sealed class WebhookSender(IServiceScopeFactory scopes, IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookSender> logger)
{
    public const string ClientName = "tailor-webhooks";
    private const int BatchSize = 20;

    /// <summary>Sends what is due now; returns how many events were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.SendsEvents) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        var now = time.GetUtcNow();
        var due = await db.Outbox.Where(m => m.DeliveredAt == null && m.AbandonedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
        var delivered = 0;
        foreach (var message in due)
        {
            var error = await SendAsync(message, settings, ct);
            message.Attempts++;
            if (error is null)
            {
                message.DeliveredAt = time.GetUtcNow();
                // The store's backend has the new address now: the row keeps no copy of it.
                message.PayloadJson = PersonalDataRedactor.RedactAddresses(message.PayloadJson);
                delivered++;
            }
            else
            {
                message.LastError = error.Length > 500 ? error[..500] : error;
                message.NextAttemptAt = time.GetUtcNow() + Backoff(message.Attempts, settings);
                if (message.Attempts >= settings.MaxAttempts)
                {
                    message.AbandonedAt = time.GetUtcNow();
                    logger.LogError("Gave up delivering webhook {EventId} ({Type}) after {Attempts} attempts: {Error}", message.EventId, message.Type, message.Attempts, error);
                }
            }
            await db.SaveChangesAsync(ct);
        }
        return delivered;
    }

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1: the base delay doubled per failure, capped.</summary>
    public static TimeSpan Backoff(int attempts, WebhookOptions settings) =>
        TimeSpan.FromTicks((long)Math.Min(settings.MaxRetryDelay.Ticks, settings.RetryBaseDelay.Ticks * Math.Pow(2, Math.Max(0, attempts - 1))));

    // Null when the store took it; otherwise what went wrong.
    private async Task<string?> SendAsync(OutboxMessage message, WebhookOptions settings, CancellationToken ct)
    {
        var body = Encoding.UTF8.GetBytes(message.PayloadJson);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(settings.OutboundKey!, timestamp, body));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.DeliveryHeader, message.EventId);
        request.Headers.Add(WebhookSignature.EventHeader, message.Type);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(settings.RequestTimeout);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return e.Message;
        }
    }
}
