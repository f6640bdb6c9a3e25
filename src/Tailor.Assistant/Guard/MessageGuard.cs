namespace Tailor.Assistant.Guard;

/// <summary>
/// The first stage of every turn: refuses empty or oversized messages, normalises the text, masks personal data and flags
/// abuse, unsafe requests, shouting and injection phrasing, before anything is stored, logged or sent to an LLM.
/// </summary>
public sealed class MessageGuard
{
    // Normalising only ever shrinks text by dropping whitespace, controls and invisible characters; anything this far over the
    // limit is refused before spending time on it.
    private const int RawLengthAllowance = 4;

    private readonly GuardOptions options;

    public MessageGuard(GuardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxLength);
        this.options = options;
    }

    public GuardResult Inspect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return GuardRejections.EmptyMessage();
        if (text.Length > (long)options.MaxLength * RawLengthAllowance) return GuardRejections.TooLongMessage(options.MaxLength);

        var normalized = MessageNormalizer.Normalize(text);
        if (normalized.Length == 0) return GuardRejections.OnlyControlCharacters();
        if (normalized.Length > options.MaxLength) return GuardRejections.TooLongMessage(options.MaxLength);

        var findings = PiiMasker.Find(normalized);
        var masked = PiiMasker.Mask(normalized, findings);
        return new GuardResult
        {
            Accepted = true,
            Text = normalized,
            MaskedText = masked,
            Concern = ContentSafety.Shared.Assess(masked),
            Findings = findings,
            LooksLikeInjection = InjectionPhrasing.IsPresentIn(normalized),
            IsShouting = Shouting.IsShouted(normalized),
        };
    }
}
