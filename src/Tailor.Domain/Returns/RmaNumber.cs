using System.Text.RegularExpressions;
using Tailor.Domain.Orders;

namespace Tailor.Domain.Returns;

/// <summary>
/// Return authorisation numbers: "RMA-" and ten random characters (about 50 bits), so the label page and the public
/// return status cannot be found by trying numbers. Older six-character numbers are still read.
/// </summary>
public static partial class RmaNumber
{
    public const string Prefix = "RMA-";
    public const int Length = 10;

    public static string New() => ReferenceCodes.New(Prefix, Length);

    /// <summary>Finds an RMA number in what a shopper typed ("rma 7f3k2q9xhd", "RMA-7F3K2Q") and writes it the store's way.</summary>
    public static bool TryFind(string? text, out string rma)
    {
        rma = "";
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Pattern().Match(text);
        if (!match.Success) return false;
        rma = Prefix + match.Groups["id"].Value.ToUpperInvariant();
        return true;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])rma[\s#:-]*(?<id>[A-Za-z0-9]{6,16})(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
