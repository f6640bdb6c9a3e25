using System.ComponentModel.DataAnnotations;

namespace Tailor.Server.Webhooks;

/// <summary>Webhooks to and from the store's backend (configuration section <c>Tailor:Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Tailor:Webhooks";

    /// <summary>Where order-care events are POSTed; unset means no event is sent (they stay in the outbox).</summary>
    public string? Url { get; set; }
    /// <summary>HMAC-SHA256 key of both directions: outgoing events are signed with it, incoming ones must be.</summary>
    public string? Secret { get; set; }
    /// <summary>An incoming delivery whose X-Tailor-Timestamp is further than this from now is refused.</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);
    [Range(1, 100)] public int MaxAttempts { get; set; } = 10;
    /// <summary>Wait after the first failed delivery; it doubles after each further failure, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How often the outbox is looked at for events due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool SendsEvents => Uri.TryCreate(Url, UriKind.Absolute, out _) && !string.IsNullOrEmpty(Secret);
}
