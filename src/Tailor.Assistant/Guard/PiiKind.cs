namespace Tailor.Assistant.Guard;

/// <summary>The kinds of personal data the guard masks before a message is stored, logged or sent to an LLM.</summary>
public enum PiiKind
{
    Email,
    Phone,
    PaymentCard,
    Iban,
    PostalAddress,
    Postcode,
    /// <summary>A six-digit one-time code that proves an order is the shopper's.</summary>
    OneTimeCode,
}
