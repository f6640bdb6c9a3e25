using System.Text.RegularExpressions;

namespace Tailor.Assistant.Guard;

/// <summary>
/// Finds a six-digit one-time code standing on its own ("123456", "123 456", "123-456"). It proves an order is the
/// shopper's, so it is masked like a password; prices, order numbers (TL-100023), dates and longer numbers are not codes.
/// </summary>
public static partial class OneTimeCodeFinder
{
    /// <summary>The first code-shaped span in the text, or null.</summary>
    public static PiiFinding? FirstIn(string text) =>
        Shape().Match(text) is { Success: true } match ? new PiiFinding(PiiKind.OneTimeCode, match.Index, match.Length) : null;

    internal static void Find(string text, List<PiiFinding> findings)
    {
        foreach (var match in Shape().EnumerateMatches(text)) findings.Add(new PiiFinding(PiiKind.OneTimeCode, match.Index, match.Length));
    }

    // Not glued to letters, digits, money signs or a leading "#", "-" or "/" (order numbers, prices, dates, SKUs), not after
    // "TL " (an order number typed with a space), not one group of a longer run such as "123 456 789", and not followed by
    // a word ("100000 loyalty points") other than a courtesy ("123456 thanks").
    [GeneratedRegex(@"(?<![\p{L}\p{N}£$€#\-/.,:])(?<!\d[ -])(?<!\b(?i:tl)\s)\d{3}[ -]?\d{3}(?![\p{L}\p{N}%£$€]|[.,/:]\d|[ -]\d)(?!\s+(?!(?i:please|thanks|thank you|thx|ta|cheers)\b)\p{L})")]
    private static partial Regex Shape();
}
