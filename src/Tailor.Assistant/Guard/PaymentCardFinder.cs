namespace Tailor.Assistant.Guard;

/// <summary>Finds payment card numbers: 13 to 19 digits, optionally grouped by spaces or dashes, passing the Luhn check.</summary>
internal static class PaymentCardFinder
{
    private const int MinDigits = 13;
    private const int MaxDigits = 19;

    public static void Find(DigitRun run, List<PiiFinding> findings)
    {
        foreach (var window in run.Windows(w => IsCardNumber(run, w)))
            findings.Add(run.Finding(PiiKind.PaymentCard, window));
    }

    private static bool IsCardNumber(DigitRun run, DigitWindow window)
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
        return PassesLuhn(run, window);
    }

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
