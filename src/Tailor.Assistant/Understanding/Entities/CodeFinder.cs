using System.Text.RegularExpressions;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Reads the codes a shopper quotes: order numbers ("TL-100023", "tl100023", "order 100023"), return numbers
/// ("RMA-7F3K2Q") and promo codes ("code welcome15" → "WELCOME15", or a code typed in capitals: "SPRING10").
/// Runs first, so no digit of a code is read as a price, a size or a position.
/// </summary>
internal static partial class CodeFinder
{
    private static readonly HashSet<string> PromoCues = ["code", "promo", "voucher", "coupon", "promocode", "discount"];
    // Between the cue and the code: "the code is WELCOME15", "voucher: TAKE10".
    private static readonly HashSet<string> PromoFiller = ["is", "was", "of", "called", "named", "code"];
    // Letters that open size or position tokens ("uk10", "size10", "w32"), never a promo code.
    private static readonly HashSet<string> NotPromoPrefixes = ["uk", "eu", "us", "size", "sz", "age", "waist", "w", "l", "tl", "rma", "number", "no", "item", "option"];

    [GeneratedRegex(@"(?<![A-Za-z0-9])rma[\s-]?(?<id>[A-Za-z0-9]{6})(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReturnNumber();

    [GeneratedRegex(@"^[a-z]{3,}\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LowercaseCode();

    [GeneratedRegex(@"^(?<letters>[a-z]*)\d", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLetters();

    public static void Find(MessageScan scan, OrderNumberFinder orderNumbers)
    {
        orderNumbers.Find(scan);
        if (ReturnNumber().Match(scan.Text) is { Success: true } rma && scan.FreeWordsIn(rma.Index, rma.Index + rma.Length) is { } words)
            scan.Add(EntityKinds.ReturnNumber, "RMA-" + rma.Groups["id"].Value.ToUpperInvariant(), words.First, words.Last);
        FindPromoCode(scan);
    }

    private static void FindPromoCode(MessageScan scan)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (!scan.IsFree(i)) continue;
            var word = scan.Words[i];
            var afterCue = AfterPromoCue(scan, i);
            if ((afterCue && LooksLikeCode(scan, word)) || IsStandaloneCode(scan, word))
            {
                scan.Add(EntityKinds.PromoCode, scan.Text[word.Start..word.End].ToUpperInvariant(), i, i);
                return;
            }
        }
    }

    private static bool AfterPromoCue(MessageScan scan, int i)
    {
        for (var back = i - 1; back >= 0 && back >= i - 3; back--)
        {
            var word = scan.WordAt(back);
            if (PromoCues.Contains(word)) return true;
            if (!PromoFiller.Contains(word)) return false;
        }
        return false;
    }

    /// <summary>After "code": letters and digits, or a word in capitals ("code SUMMER").</summary>
    private static bool LooksLikeCode(MessageScan scan, Word word)
    {
        var original = scan.Text.AsSpan(word.Start, word.End - word.Start);
        if (word.Text.Length is < 4 or > 20 || !word.Text.Any(char.IsAsciiLetter) || !IsAsciiLettersAndDigits(original)) return false;
        return (word.Text.Any(char.IsAsciiDigit) && !HasSizePrefix(word.Text)) || IsCapitals(original);
    }

    /// <summary>Without a cue: capitals with digits ("SPRING10"), or letters then digits ("welcome15").</summary>
    private static bool IsStandaloneCode(MessageScan scan, Word word)
    {
        var original = scan.Text.AsSpan(word.Start, word.End - word.Start);
        if (word.Text.Length is < 5 or > 20 || !char.IsAsciiLetter(original[0]) || !IsAsciiLettersAndDigits(original)
            || !word.Text.Any(char.IsAsciiDigit) || HasSizePrefix(word.Text)) return false;
        return IsCapitals(original) || LowercaseCode().IsMatch(word.Text);
    }

    private static bool HasSizePrefix(string word) =>
        LeadingLetters().Match(word) is { Success: true } match && NotPromoPrefixes.Contains(match.Groups["letters"].Value);

    private static bool IsCapitals(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsAsciiLetterLower(c)) return false;
        return true;
    }

    private static bool IsAsciiLettersAndDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        return true;
    }
}
