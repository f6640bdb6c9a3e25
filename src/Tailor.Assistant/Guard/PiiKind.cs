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
    /// <summary>A national identity number: a US social security number.</summary>
    NationalId,
    /// <summary>A date of birth, found by the words before it ("date of birth", "born on").</summary>
    BirthDate,
    /// <summary>A name the shopper gives as their own ("my name is …", "I'm Sarah Jones").</summary>
    PersonName,
}
