using System.Text.RegularExpressions;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Spots order numbers as this store writes them (<see cref="OrderNumberOptions"/>): the store's own prefix
/// ("TL-100023", "tl100023"), Shopify's "#1001", letter-led numbers ("#W2378156", "W2378156"), digits after "order"
/// ("order number 100045678") and a message that is nothing but a number. The value is what a reply may quote back:
/// the store's prefixed form, else the number as typed in capitals; look-ups then go by <see cref="OrderNumber.Key"/>.
/// </summary>
public sealed class OrderNumberFinder
{
    // The demo's numbers have 6 to 9 digits after the prefix; fewer would be sizes or prices.
    private const string PrefixDigits = @"\d{6,9}";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    // Guards a badly written configured pattern; a message it times out on simply has no order number.
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    private readonly Regex? ownPrefix;
    private readonly IReadOnlyList<Regex> patterns;
    private readonly string prefix;

    public OrderNumberFinder(OrderNumberOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        prefix = options.Prefix ?? "";
        var letters = OrderNumber.Key(prefix);
        ownPrefix = letters.Length == 0 ? null
            : new Regex($@"(?<![A-Za-z0-9])#?{Regex.Escape(letters)}[\s-]?(?<digits>{PrefixDigits})(?!\d)", Options, Timeout);
        patterns = options.NumberPatterns.Count > 0
            ? options.NumberPatterns.Select(p => new Regex(p, Options, Timeout)).ToList()
            :
            [
                // "#1001", "#W2378156": a hash before digits is how shops print order numbers.
                new Regex(@"(?<![\w#])(?<number>#[A-Za-z]{0,3}-?\d{3,12})(?!\w)", Options, Timeout),
                // "W2378156", "AB-1234567": letters then at least six digits, never a size ("w32", "uk10") or a return ("RMA-…").
                new Regex(@"(?<![\w#-])(?!rma)(?<number>[A-Za-z]{1,3}-?\d{6,12})(?![\w-])", Options, Timeout),
                // "order 100045678", "order no. 1001", "my order number is #1001".
                new Regex(@"\border\s*(?:number|no\.?|num|#)?(?:\s+is)?\s*[:#]?\s*(?<bare>\d{4,12})\b", Options, Timeout),
                // The whole message is a number: the answer to "what's the order number?".
                new Regex(@"^\W*(?<bare>\d{4,12})\W*$", Options, Timeout),
            ];
    }

    /// <summary>The demo store's shapes ("TL-100023" and common ones).</summary>
    public static OrderNumberFinder Default { get; } = new(new OrderNumberOptions());

    /// <summary>The first order number in the text: its value and where it was typed.</summary>
    public (string Number, int Start, int Length)? FirstIn(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private (string Number, int Start, int Length)? Match(string text)
    {
        if (ownPrefix?.Match(text) is { Success: true } own)
            return (prefix + own.Groups["digits"].Value, own.Index, own.Length);
        foreach (var pattern in patterns)
        {
            if (pattern.Match(text) is not { Success: true } match) continue;
            if (match.Groups["bare"] is { Success: true } bare) return (Bare(bare.Value), bare.Index, bare.Length);
            var group = match.Groups["number"] is { Success: true } named ? named : match.Groups[0];
            return (group.Value.Trim().ToUpperInvariant(), group.Index, group.Length);
        }
        return null;
    }

    /// <summary>Whether the text holds an order number of this store's shapes.</summary>
    public bool Contains(string text) => FirstIn(text) is not null;

    internal void Find(MessageScan scan)
    {
        if (FirstIn(scan.Text) is not { } found) return;
        if (scan.FreeWordsIn(found.Start, found.Start + found.Length) is { } words)
            scan.Add(EntityKinds.OrderNumber, found.Number, words.First, words.Last);
    }

    // Digits alone: the demo's "order 100023" means "TL-100023"; a store without a prefix keeps them as typed.
    private string Bare(string digits) =>
        OrderNumber.Key(prefix).Length > 0 && Regex.IsMatch(digits, $"^{PrefixDigits}$") ? prefix + digits : digits;
}
