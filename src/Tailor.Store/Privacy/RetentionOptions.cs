namespace Tailor.Store.Privacy;

/// <summary>
/// How long each kind of record is kept (configuration section <c>Tailor:Retention</c>), in days. The defaults are the
/// 24 months the privacy page promises; a store may keep less.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Tailor:Retention";

    /// <summary>Run the retention job in the server.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often the job runs; addresses in delivered events and decided actions go at the next run.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Conversations (messages, feedback, handoffs, agent notes, tickets), counted from the last message.</summary>
    public int TranscriptDays { get; set; } = 730;
    /// <summary>The turn log (masked text, intent, timings).</summary>
    public int TurnDays { get; set; } = 730;
    /// <summary>Order look-up attempts and one-time codes.</summary>
    public int VerificationAttemptDays { get; set; } = 730;
    /// <summary>Ids of webhook deliveries received (the webhook endpoint also prunes them after twice its tolerance).</summary>
    public int ReceivedWebhookDays { get; set; } = 730;
    /// <summary>Outgoing events already delivered or abandoned.</summary>
    public int OutboxDays { get; set; } = 730;
    /// <summary>The before and after snapshots of audit rows; the row itself (who, what, when) stays.</summary>
    public int AuditDetailDays { get; set; } = 730;

    internal IEnumerable<(string Name, int Days)> Periods() =>
    [
        (nameof(TranscriptDays), TranscriptDays), (nameof(TurnDays), TurnDays), (nameof(VerificationAttemptDays), VerificationAttemptDays),
        (nameof(ReceivedWebhookDays), ReceivedWebhookDays), (nameof(OutboxDays), OutboxDays), (nameof(AuditDetailDays), AuditDetailDays),
    ];
}
