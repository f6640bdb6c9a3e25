using Tailor.Assistant.Guard;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Understanding.Slots;

/// <summary>
/// The e-mail addresses and postcodes a shopper typed to prove an order is theirs. Read from this turn's unmasked
/// text and compared in memory only: they are never stored, logged or repeated back.
/// </summary>
public sealed class IdentityDetails
{
    // A few candidates per message: a list of guesses is not one attempt.
    private const int MostPerKind = 2;

    private readonly List<string> emails = [];
    private readonly List<string> postcodes = [];

    public bool IsEmpty => emails.Count == 0 && postcodes.Count == 0;

    /// <summary>
    /// Only a short number taken for a postcode because nothing else was there ("2478" of "card ending 2478"):
    /// an answer to "what's the postcode?", never details offered unasked.
    /// </summary>
    public bool IsGuess { get; private set; }

    public static IdentityDetails Read(string text)
    {
        var details = new IdentityDetails();
        foreach (var finding in PiiMasker.Find(text))
        {
            var value = text.Substring(finding.Start, finding.Length);
            if (finding.Kind == PiiKind.Email && details.emails.Count < MostPerKind) details.emails.Add(value.Trim());
            else if (finding.Kind == PiiKind.Postcode && details.postcodes.Count < MostPerKind) details.postcodes.Add(Compact(value));
        }
        // The guard only knows British and American postcodes; "75001", "D02 X285" or "1012 AB" are taken as typed.
        if (details.IsEmpty)
        {
            details.postcodes.AddRange(OtherPostcodes(text).Take(MostPerKind));
            details.IsGuess = !details.IsEmpty;
        }
        return details;
    }

    /// <summary>
    /// Whether one of the details is the e-mail address on the order or on the account that placed it, or the postcode
    /// of the delivery address or of an address on that account. Which of them matched is never told.
    /// </summary>
    public bool Match(Order order, Customer? account = null)
    {
        IEnumerable<string> knownEmails = account is null ? [order.Email] : [order.Email, account.Email];
        IEnumerable<Address> knownAddresses = account is null ? [order.ShippingAddress] : [order.ShippingAddress, .. account.Addresses];
        var knownPostcodes = knownAddresses.Select(a => Compact(a.PostalCode)).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
        return emails.Any(e => knownEmails.Any(k => string.Equals(e, k.Trim(), StringComparison.OrdinalIgnoreCase)))
            || postcodes.Any(knownPostcodes.Contains);
    }

    private static string Compact(string postcode) =>
        string.Concat(postcode.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    // The whole message when it is one short token with a digit (or two, as in "1012 AB"), never an order number.
    private static IEnumerable<string> OtherPostcodes(string text)
    {
        var words = text.Split([' ', ',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !OrderNumber.TryNormalize(w, out _) && !w.StartsWith('#')).ToList();
        var withDigits = words.Where(w => w.Any(char.IsAsciiDigit) && w.Length is >= 3 and <= 10).ToList();
        if (withDigits.Count == 0) yield break;
        var index = words.IndexOf(withDigits[0]);
        if (index + 1 < words.Count && words[index + 1].Length <= 4) yield return Compact(words[index] + words[index + 1]);
        yield return Compact(withDigits[0]);
    }
}
