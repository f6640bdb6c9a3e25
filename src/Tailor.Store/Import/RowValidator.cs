using System.Globalization;
using System.Text.RegularExpressions;
using Tailor.Domain.Catalog;

namespace Tailor.Store.Import;

/// <summary>
/// Checks the fields of one row and collects what is wrong with them, named as the file names them. Every reader
/// validates through here, so a price, a stock figure or an email is judged and explained the same way in every format.
/// Each check returns null (and records why) when the value cannot be used.
/// </summary>
internal sealed partial class RowValidator(int row)
{
    public const int MaxHandle = 200, MaxTitle = 300, MaxSku = 100, MaxOption = 50, MaxText = 200;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private List<ImportError>? errors;

    public int Row => row;
    public bool IsValid => errors is null;
    public IReadOnlyList<ImportError> Errors => errors ?? [];

    public void Fail(string field, string message) => (errors ??= []).Add(new ImportError(row, field, message));

    /// <summary>The value trimmed, or null when there is nothing but whitespace.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public string? Required(string field, string? text, int maxLength = MaxText)
    {
        var value = Clean(text);
        if (value is null) Fail(field, "is required");
        return value is null ? null : Limit(field, value, maxLength);
    }

    public string? Optional(string field, string? text, int maxLength = MaxText) =>
        Clean(text) is { } value ? Limit(field, value, maxLength) : null;

    /// <summary>A product handle: required, made URL-safe ("Linen Dress" → "linen-dress").</summary>
    public string? Handle(string field, string? text)
    {
        var value = Required(field, text, int.MaxValue);
        if (value is null) return null;
        var handle = Slug.Of(value);
        if (handle.Length == 0) Fail(field, $"'{value}' has no letters or digits to make a handle from");
        else if (handle.Length > MaxHandle) Fail(field, $"is longer than {MaxHandle} characters");
        else return handle;
        return null;
    }

    public decimal? Price(string field, string? text, bool required) => Money(field, text, required, "price");

    /// <summary>A non-negative sum of money that is not a selling price: a discount, a shipping cost, a budget.</summary>
    public decimal? Amount(string field, string? text, bool required = false) => Money(field, text, required, "amount");

    /// <summary>Units in stock: a whole number, not negative; empty means <paramref name="whenEmpty"/>.</summary>
    public int? Stock(string field, string? text, int whenEmpty)
    {
        var value = Clean(text);
        if (value is null) return whenEmpty;
        if (!TryWholeNumber(value, out var stock)) Fail(field, $"'{value}' is not a whole number");
        else if (stock < 0) Fail(field, $"'{value}' is negative stock");
        else return stock;
        return null;
    }

    /// <summary>A count of items bought: a whole number of at least 1.</summary>
    public int? Quantity(string field, string? text)
    {
        var value = Clean(text);
        if (value is null) Fail(field, "is required");
        else if (!TryWholeNumber(value, out var quantity)) Fail(field, $"'{value}' is not a whole number");
        else if (quantity < 1) Fail(field, $"'{value}' is not a quantity: it must be at least 1");
        else return quantity;
        return null;
    }

    public int? Count(string field, string? text)
    {
        var value = Clean(text);
        if (value is null) return null;
        if (TryWholeNumber(value, out var count) && count >= 0) return count;
        Fail(field, $"'{value}' is not a whole number of 0 or more");
        return null;
    }

    public Gender? Gender(string field, string? text)
    {
        var value = Clean(text);
        if (value is null) return null;
        if (GenderWords.TryParse(value, out var gender)) return gender;
        Fail(field, $"'{value}' is not a gender (women, men, kids or unisex)");
        return null;
    }

    /// <summary>One of an enum's names, forgiving case, spaces, hyphens and underscores ("partially returned" = PartiallyReturned).</summary>
    public TEnum? Choice<TEnum>(string field, string? text, bool required) where TEnum : struct, Enum
    {
        var value = Clean(text);
        if (value is null)
        {
            if (required) Fail(field, "is required");
            return null;
        }
        var key = Squeeze(value);
        foreach (var name in Enum.GetNames<TEnum>())
            if (string.Equals(Squeeze(name), key, StringComparison.OrdinalIgnoreCase))
                return Enum.Parse<TEnum>(name);
        var names = string.Join(", ", Enum.GetNames<TEnum>().Select(Words));
        Fail(field, $"'{value}' is not one of: {names}");
        return null;
    }

    /// <summary>An instant in ISO 8601 ("2025-03-01T10:15:00Z"); one without an offset is taken as UTC.</summary>
    public DateTimeOffset? Instant(string field, string? text, bool required)
    {
        var value = Clean(text);
        if (value is null)
        {
            if (required) Fail(field, "is required");
            return null;
        }
        if (DateTimeOffset.TryParse(value, Invariant, DateTimeStyles.AssumeUniversal, out var instant)) return instant;
        Fail(field, $"'{value}' is not a date and time (use ISO 8601, e.g. 2025-03-01T10:15:00Z)");
        return null;
    }

    public DateOnly? Date(string field, string? text)
    {
        var value = Clean(text);
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var date)) return date;
        if (DateTimeOffset.TryParse(value, Invariant, DateTimeStyles.AssumeUniversal, out var instant)) return DateOnly.FromDateTime(instant.UtcDateTime);
        Fail(field, $"'{value}' is not a date (use yyyy-MM-dd)");
        return null;
    }

    public bool Flag(string field, string? text, bool whenEmpty = false)
    {
        switch (Clean(text)?.ToLowerInvariant())
        {
            case null: return whenEmpty;
            case "true" or "yes" or "y" or "1": return true;
            case "false" or "no" or "n" or "0": return false;
            case var other:
                Fail(field, $"'{other}' is not true or false");
                return whenEmpty;
        }
    }

    public string? Email(string field, string? text, bool required)
    {
        var value = Clean(text);
        if (value is null)
        {
            if (required) Fail(field, "is required");
            return null;
        }
        if (value.Length <= 320 && EmailShape().IsMatch(value)) return value.ToLowerInvariant();
        Fail(field, $"'{value}' is not an email address");
        return null;
    }

    public string? Phone(string field, string? text)
    {
        var value = Clean(text);
        if (value is null) return null;
        var digits = value.Count(char.IsAsciiDigit);
        if (digits is >= 6 and <= 15 && PhoneShape().IsMatch(value)) return value;
        Fail(field, $"'{value}' is not a phone number");
        return null;
    }

    /// <summary>An ISO 3166-1 alpha-2 country code; empty means <paramref name="whenEmpty"/>.</summary>
    public string? Country(string field, string? text, string whenEmpty)
    {
        var value = Clean(text);
        if (value is null) return whenEmpty;
        if (value.Length == 2 && value.All(char.IsAsciiLetter)) return value.ToUpperInvariant();
        Fail(field, $"'{value}' is not a two-letter country code (e.g. GB, US, DE)");
        return null;
    }

    public string? Currency(string field, string? text, string whenEmpty)
    {
        var value = Clean(text);
        if (value is null) return whenEmpty;
        if (value.Length == 3 && value.All(char.IsAsciiLetter)) return value.ToUpperInvariant();
        Fail(field, $"'{value}' is not a three-letter currency code (e.g. GBP, EUR, USD)");
        return null;
    }

    /// <summary>An absolute http(s) URL, or a site path starting with "/"; "//cdn…" gets https.</summary>
    public string? Url(string field, string? text, bool required)
    {
        var value = Clean(text);
        if (value is null)
        {
            if (required) Fail(field, "is required");
            return null;
        }
        if (value.StartsWith("//", StringComparison.Ordinal)) value = "https:" + value;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return value;
        if (value.StartsWith('/') && Uri.IsWellFormedUriString(value, UriKind.Relative)) return value;
        Fail(field, $"'{value}' is not a web address");
        return null;
    }

    /// <summary>
    /// The last four digits of a payment card. Masked forms ("**** 4242") are fine; anything longer is refused
    /// without being repeated back, because a full card number must never be stored nor written to a report.
    /// </summary>
    public string? Last4(string field, string? text)
    {
        var value = Clean(text);
        if (value is null) return null;
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length > 4)
            Fail(field, "must hold only the last 4 digits of the card: a longer number was given, so it was not stored");
        else if (digits.Length == 4 && value.All(c => char.IsAsciiDigit(c) || c is '*' or 'x' or 'X' or '•' or ' ' or '-'))
            return digits;
        else Fail(field, $"'{value}' is not the last 4 digits of a card");
        return null;
    }

    private decimal? Money(string field, string? text, bool required, string noun)
    {
        var value = Clean(text);
        if (value is null)
        {
            if (required) Fail(field, "is required");
            return null;
        }
        var article = noun[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";
        if (!TryParseMoney(value, out var amount)) Fail(field, $"'{value}' is not {article} {noun}");
        else if (amount < 0) Fail(field, $"'{value}' is a negative {noun}");
        else return amount;
        return null;
    }

    /// <summary>"29.99", "29.99 GBP", "£1,299.00", "29,99": a currency code or symbol is ignored (a store sells in one currency).</summary>
    private static bool TryParseMoney(string text, out decimal amount)
    {
        const NumberStyles plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (decimal.TryParse(text, plain, Invariant, out amount)) return true;   // the usual "29.99", without a regex
        var number = CurrencyMarks().Replace(text, "").Trim();
        var comma = number.LastIndexOf(',');
        // A lone comma followed by one or two digits is a decimal comma ("29,99"); otherwise commas group thousands.
        if (comma >= 0 && number.IndexOf('.') < 0 && number.Length - comma - 1 is 1 or 2 && number.IndexOf(',') == comma)
            number = number.Replace(',', '.');
        return decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
            Invariant, out amount) && number.Length > 0;
    }

    /// <summary>"12", or "12.0" as spreadsheets write whole numbers.</summary>
    private static bool TryWholeNumber(string text, out int number)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out number)) return true;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var value)
            && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
        {
            number = (int)value;
            return true;
        }
        return false;
    }

    private string? Limit(string field, string value, int maxLength)
    {
        if (value.Length <= maxLength) return value;
        Fail(field, $"is longer than {maxLength} characters");
        return null;
    }

    private static string Squeeze(string name) => new(name.Where(char.IsLetterOrDigit).ToArray());

    /// <summary>"PartiallyReturned" → "partially returned", as a person would type it.</summary>
    private static string Words(string name) => CapitalInside().Replace(name, " $1").ToLowerInvariant();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+?[0-9 ()./-]+$")]
    private static partial Regex PhoneShape();

    [GeneratedRegex(@"^(?:[A-Za-z]{3}\s+|[£$€¥]\s*)|(?:\s+[A-Za-z]{3}|\s*[£$€¥])$")]
    private static partial Regex CurrencyMarks();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex CapitalInside();
}
