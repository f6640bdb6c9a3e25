using System.Text.RegularExpressions;

namespace Tailor.Domain.Orders;

/// <summary>The "TL-100023" order number format: parse what shoppers type ("tl100023", "#TL-100023") and format it.</summary>
public static partial class OrderNumber
{
    public const string Prefix = "TL-";

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
