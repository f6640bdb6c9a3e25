using Tailor.Assistant.Guard;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Understanding.Slots;

/// <summary>
/// The shopper's message as flows may use it: read for the slots a flow expects, never as text. It travels on the
/// turn apart from <see cref="Understanding"/> because e-mails, postcodes and addresses must be read from the unmasked
/// message, while everything in Understanding reaches the turn log (and later an LLM) and so is built from the masked
/// one. The unmasked text lives in memory for this turn only and no member hands it out.
/// </summary>
public sealed class ShopperAnswer
{
    /// <summary>A turn with nothing said: every read comes back empty (tests that drive a flow step directly).</summary>
    public static readonly ShopperAnswer None = new(null, "", "");

    private readonly SlotReader? reader;
    private readonly string text;
    private readonly string masked;
    private readonly Dictionary<ExpectedSlot, SlotValues> read = [];

    public ShopperAnswer(SlotReader? reader, string unmaskedText, string maskedText) =>
        (this.reader, text, masked) = (reader, unmaskedText, maskedText);

    /// <summary>What the message says for the expected slot and the other slots offered with it.</summary>
    public SlotValues Read(ExpectedSlot expected)
    {
        if (reader is null) return SlotValues.None;
        if (!read.TryGetValue(expected, out var values)) read[expected] = values = reader.Read(text, expected);
        return values;
    }

    /// <summary>The e-mail addresses and postcodes given to prove an order is the shopper's; compared, never kept.</summary>
    public IdentityDetails Identity() => IdentityDetails.Read(text);

    /// <summary>A new delivery address for an order now going to <paramref name="current"/>, or null.</summary>
    public Address? NewAddress(Address current) => reader?.Address(text, current);

    /// <summary>Something that looks like an address or postcode, read or not: worth helping with rather than a new request.</summary>
    public bool LooksLikeAddress => PiiMasker.Find(text).Any(f => f.Kind is PiiKind.PostalAddress or PiiKind.Postcode);

    /// <summary>"address", "item", "payment" or "account" when the message says what should change.</summary>
    public string? ChangeKind => reader?.ChangeKind(text);

    /// <summary>"The address on my order", "the delivery address": an order's address is meant, not the account's.</summary>
    public bool MeansDelivery => reader?.MeansDelivery(text) ?? false;

    /// <summary>The position in <paramref name="offered"/> of the saved payment method the message names, or null.</summary>
    public int? PaymentMethod(IReadOnlyList<SavedPaymentMethod> offered) => reader?.PaymentMethod(text, offered);

    /// <summary>
    /// The masked message when it asks about a policy ("how long do I have to return…") rather than for an order to be
    /// handled: handed whole to the policy answerer as its question.
    /// </summary>
    public string? PolicyQuestion => reader is not null && reader.IsPolicyQuestion(masked) ? masked : null;

    /// <summary>The masked message, as the state's short memory of recent messages keeps it.</summary>
    public string Remembered => masked;

    /// <summary>
    /// How many of the recent (masked) messages this one repeats. "TL-100023 [email]" twice is two different e-mail
    /// addresses tried, not the shopper repeating themselves, so a message with a placeholder repeats nothing.
    /// </summary>
    public int Repeats(IEnumerable<string> recent) =>
        PiiMasker.HasPlaceholder(masked) ? 0 : recent.Count(m => string.Equals(m, masked, StringComparison.OrdinalIgnoreCase));
}
