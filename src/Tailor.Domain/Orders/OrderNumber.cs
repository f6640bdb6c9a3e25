using System.Text.RegularExpressions;

namespace Tailor.Domain.Orders;

/// <summary>
/// Order numbers. The demo store writes them "TL-100023" (parse what shoppers type, "tl100023", "#TL-100023", and
/// format it); an imported store keeps its own ("#1001", "W2378156", "100045678"), looked up by <see cref="Key"/>.
/// </summary>
public static partial class OrderNumber
{
    public const string Prefix = "TL-";

    /// <summary>
    /// The form an order is looked up by: its letters and digits in capitals, so "#1001" and "1001", or "W2378156" and
    /// "#w2378156", are the same order, however the store wrote it and however the shopper types it.
    /// </summary>
    public static string Key(string number) => string.Concat(number.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    /// <summary>Whether two spellings are the same number ("#1001" and "1001").</summary>
    public static bool Same(string? a, string? b) => a is not null && b is not null && Key(a) == Key(b);

    /// <summary>
    /// The keys a typed number may be stored under: its own, and with the store's prefix added ("100023" for
    /// "TL-100023") or taken off ("TL-1001" typed for a store whose numbers are bare), most likely first.
    /// </summary>
    public static IReadOnlyList<string> LookupKeys(string typed, string? storePrefix)
    {
        var key = Key(typed);
        if (key.Length == 0) return [];
        var prefix = Key(storePrefix ?? "");
        if (prefix.Length == 0) return [key];
        if (key.All(char.IsAsciiDigit)) return [key, prefix + key];
        return key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length && key[prefix.Length..].All(char.IsAsciiDigit)
            ? [key, key[prefix.Length..]]
            : [key];
    }

    /// <summary>Whether text could be an order number as some store writes it: letters, digits, "#", "-" or spaces, with a digit.</summary>
    public static bool IsPlausible(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= 32 && text.Any(char.IsAsciiDigit)
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '#' or '-' or ' ' or '_' or '/' or '.');

    public static string Format(int sequence) => $"{Prefix}{sequence}";

    public static bool TryNormalize(string? text, out string number)
    {
        number = "";
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Pattern().Match(text);
        if (!match.Success) return false;
        number = Prefix + match.Groups["digits"].Value;
        return true;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])#?TL[\s-]?(?<digits>\d{6,9})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
