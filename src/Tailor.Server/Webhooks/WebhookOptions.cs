using System.ComponentModel.DataAnnotations;

namespace Tailor.Server.Webhooks;

/// <summary>Webhooks to and from the store's backend (configuration section <c>Tailor:Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Tailor:Webhooks";

    /// <summary>Where order-care events are POSTed; unset means no event is sent (they stay in the outbox).</summary>
    public string? Url { get; set; }
    /// <summary>A key shorter than this is refused at start: an HMAC key should be as long as its hash (32 bytes).</summary>
    public const int MinSecretLength = 32;

    /// <summary>HMAC-SHA256 key of both directions where <see cref="InboundSecret"/> or <see cref="OutboundSecret"/> is unset (installs before they existed).</summary>
    public string? Secret { get; set; }
    /// <summary>The key the store signs its updates to Tailor with; falls back to <see cref="Secret"/>.</summary>
    public string? InboundSecret { get; set; }
    /// <summary>The key Tailor signs its events to the store with; falls back to <see cref="Secret"/>.</summary>
    public string? OutboundSecret { get; set; }
    /// <summary>An incoming delivery whose X-Tailor-Timestamp is further than this from now is refused.</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);
    [Range(1, 100)] public int MaxAttempts { get; set; } = 10;
    /// <summary>Wait after the first failed delivery; it doubles after each further failure, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How often the outbox is looked at for events due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A delivery id is kept this long: a replay after it carries a timestamp outside the tolerance, either way.</summary>
    public TimeSpan ReceivedIdRetention => TimestampTolerance * 2;

    public string? InboundKey => string.IsNullOrEmpty(InboundSecret) ? Secret : InboundSecret;
    public string? OutboundKey => string.IsNullOrEmpty(OutboundSecret) ? Secret : OutboundSecret;

    public bool SendsEvents => Uri.TryCreate(Url, UriKind.Absolute, out _) && !string.IsNullOrEmpty(OutboundKey);

    /// <summary>Every key that is set is long enough.</summary>
    public bool SecretsAreLongEnough => new[] { Secret, InboundSecret, OutboundSecret }.All(s => string.IsNullOrEmpty(s) || s.Length >= MinSecretLength);
}
