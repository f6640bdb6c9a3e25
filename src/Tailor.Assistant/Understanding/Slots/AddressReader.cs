using System.Text.RegularExpressions;
using Tailor.Assistant.Guard;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Understanding.Slots;

/// <summary>
/// Reads a new delivery address from what the shopper typed ("Flat 2, 14 Baker Street, London NW1 6XE") for an order
/// going to the same country: street lines, town and postcode. Null when it does not read as an address.
/// </summary>
public sealed partial class AddressReader(OrderWords words)
{
    public Address? Read(string text, Address current)
    {
        var body = words.WithoutAddressLeadIn(text);
        var (postcode, rest) = SplitPostcode(body);
        if (postcode is null) return null;
        var parts = rest.Split([',', '\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        string line1, city;
        string? line2 = null;
        if (parts.Count >= 2)
        {
            (line1, city) = (parts[0], parts[^1]);
            if (parts.Count > 2) line2 = string.Join(", ", parts.Skip(1).Take(parts.Count - 2));
        }
        else if (parts.Count == 1 && parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 3 } spoken)
            (line1, city) = (string.Join(' ', spoken[..^1]), spoken[^1]);
        else return null;

        // A street line has a house number or name and a street; a town has letters.
        if (line1.Length < 4 || !line1.Any(char.IsLetter) || city.Length < 2 || !city.Any(char.IsLetter) || city.Any(char.IsAsciiDigit)) return null;
        return current with { Line1 = line1, Line2 = line2, City = city, Region = null, PostalCode = postcode };
    }

    // British postcodes are found as the guard finds them; elsewhere the last group with digits ("75001", "1012 AB").
    private static (string? Postcode, string Remainder) SplitPostcode(string text)
    {
        var found = PiiMasker.Find(text).LastOrDefault(f => f.Kind == PiiKind.Postcode);
        if (found is not null)
            return (text.Substring(found.Start, found.Length).ToUpperInvariant(), (text[..found.Start] + text[found.End..]).Trim().TrimEnd(',').Trim());
        var other = TrailingPostcode().Match(text);
        return other.Success ? (other.Groups["code"].Value.ToUpperInvariant(), text[..other.Index].Trim().TrimEnd(',').Trim()) : (null, text);
    }

    [GeneratedRegex(@"[\s,]+(?<code>\d{4,5}(?:\s?[A-Za-z]{2})?|[A-Za-z]\d{2}\s?[A-Za-z0-9]{4})\s*$")]
    private static partial Regex TrailingPostcode();
}
