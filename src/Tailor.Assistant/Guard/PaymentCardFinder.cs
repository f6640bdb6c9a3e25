namespace Tailor.Assistant.Guard;

/// <summary>
/// Finds payment card numbers: 13 to 19 digits, optionally grouped by spaces or dashes, passing the Luhn check, or failing
/// it next to a word such as "card" or "visa" (a mistyped card number is still most of someone's card number).
/// </summary>
internal static class PaymentCardFinder
{
    private const int MinDigits = 13;
    private const int MaxDigits = 19;
    // How far a card word may stand before the number ("my debit card, the long one, is …") or after it ("… is my visa").
    private const int WordReachBefore = 40;
    private const int WordReachAfter = 20;

    /// <summary>Where the text's card words are, found once per message for all of its digit runs.</summary>
    public static List<(int Start, int End)> CardWordsIn(string text) =>
        [.. PiiPatterns.Shared.CardWords.Matches(text).Select(m => (m.Index, m.Index + m.Length))];

    public static void Find(DigitRun run, IReadOnlyList<(int Start, int End)> cardWords, List<PiiFinding> findings)
    {
        foreach (var window in run.Windows(w => IsCardNumber(run, w, cardWords)))
            findings.Add(run.Finding(PiiKind.PaymentCard, window));
    }

    private static bool IsCardNumber(DigitRun run, DigitWindow window, IReadOnlyList<(int Start, int End)> cardWords)
    {
        if (window.First == 0 && run.HasPlus) return false;
        if (run.DigitCount(window) is < MinDigits or > MaxDigits) return false;
        // No card network issues numbers starting with 0, and "0000 0000 0000 0000" would otherwise pass Luhn.
        if (run.DigitsOf(window.First)[0] == '0') return false;
        for (var i = window.First; i <= window.Last; i++)
        {
            if (run.Groups[i].Bracketed) return false;
            if (i > window.First && run.SeparatorBefore(i) is not (' ' or '-')) return false;
        }
        return PassesLuhn(run, window) || (PrintedLikeACard(run, window) && NearCardWord(run.Finding(PiiKind.PaymentCard, window), cardWords));
    }

    // Cards print their numbers in groups of four to six ("3782 822463 10005"); a short trailing group is the month of the
    // expiry date after it ("… 1117 08/29"), not part of the number.
    private static bool PrintedLikeACard(DigitRun run, DigitWindow window)
    {
        for (var i = window.First; i <= window.Last; i++) if (run.Groups[i].Digits < 4) return false;
        return true;
    }

    private static bool NearCardWord(PiiFinding number, IReadOnlyList<(int Start, int End)> cardWords) =>
        cardWords.Any(word => (word.End <= number.Start && number.Start - word.End <= WordReachBefore)
            || (word.Start >= number.End && word.Start - number.End <= WordReachAfter));

    private static bool PassesLuhn(DigitRun run, DigitWindow window)
    {
        var sum = 0;
        var doubled = false;
        for (var group = window.Last; group >= window.First; group--)
        {
            var digits = run.DigitsOf(group);
            for (var i = digits.Length - 1; i >= 0; i--)
            {
                var value = digits[i] - '0';
                if (doubled) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
                sum += value;
                doubled = !doubled;
            }
        }
        return sum % 10 == 0;
    }
}
