namespace Tailor.Assistant.Guard;

/// <summary>What the guard made of a shopper message: accepted or refused, the normalised text, its masked form and signals.</summary>
public sealed record GuardResult
{
    public required bool Accepted { get; init; }

    /// <summary>Machine-readable reason for a refusal, one of <see cref="GuardRejections"/>' codes.</summary>
    public string? RejectionCode { get; init; }

    /// <summary>What to tell the shopper when the message is refused.</summary>
    public string? RejectionMessage { get; init; }

    /// <summary>Normalised text with personal data intact: for this turn's in-memory use only (e.g. verifying an order email).</summary>
    public string Text { get; init; } = "";

    /// <summary>Normalised text with personal data replaced by placeholders: the only form that may be stored, logged or sent to an LLM.</summary>
    public string MaskedText { get; init; } = "";

    public IReadOnlyList<PiiFinding> Findings { get; init; } = [];

    /// <summary>The shopper pasted a card number, so the assistant should tell them never to share one in chat.</summary>
    public bool ContainsPaymentCard => Findings.Any(f => f.Kind == PiiKind.PaymentCard);

    /// <summary>Prompt-injection phrasing was seen; informational only, because policy is enforced by the tools, not the prompt.</summary>
    public bool LooksLikeInjection { get; init; }

    /// <summary>Abuse, or a request to refuse, that the content-safety reply answers instead of the dialogue; null for most messages.</summary>
    public ContentConcern? Concern { get; init; }

    /// <summary>Mostly capital letters, a frustration signal for the emotion detector.</summary>
    public bool IsShouting { get; init; }
}
