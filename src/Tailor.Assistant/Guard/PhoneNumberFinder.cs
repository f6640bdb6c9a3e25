namespace Tailor.Assistant.Guard;

/// <summary>Finds phone numbers such as +44 7700 900123, 07700 900123, (555) 123-4567, +1 555-123-4567 or 0049 30 1234567.</summary>
internal static class PhoneNumberFinder
{
    // A shorter number is a size, price, quantity or order sequence; E.164 allows at most 15 digits.
    private const int MinDigits = 9;
    private const int MaxDigits = 15;

    public static void Find(DigitRun run, List<PiiFinding> findings)
    {
        foreach (var window in run.Windows(w => IsPhoneNumber(run, w)))
            findings.Add(run.Finding(PiiKind.Phone, window));
    }

    private static bool IsPhoneNumber(DigitRun run, DigitWindow window)
    {
        var first = run.Groups[window.First];
        var last = run.Groups[window.Last];
        if (last.Bracketed || last.Digits < 2) return false;

        var lead = run.DigitsOf(window.First);
        // Country codes and area codes never start with 0: "0049 30…" dials out and "030…" is a trunk prefix, "0000 0000" is neither.
        var dialsOut = !first.Bracketed && lead.Length > 2 && lead.StartsWith("00") && lead[2] != '0';
        var international = (window.First == 0 && run.HasPlus) || first.Signed || dialsOut;
        var digits = run.DigitCount(window) - (dialsOut ? 2 : 0);
        if (digits is < MinDigits or > MaxDigits) return false;
        if (LoneDigits(run, window, international) > 1 || StartsWithDate(run, window)) return false;

        // Bare digit runs are only phone numbers in a shape people dial: international, a bracketed
        // area code, a national trunk 0, or the North American 3-3-4. "10 12 14 16 18" is a list of sizes.
        return international || first.Bracketed || HasTrunkPrefix(run, window) || IsNorthAmerican(run, window);
    }

    private static bool HasTrunkPrefix(DigitRun run, DigitWindow window)
    {
        var lead = run.DigitsOf(window.First);
        var second = lead.Length > 1 ? lead[1] : window.First < window.Last ? run.DigitsOf(window.First + 1)[0] : '0';
        return lead[0] == '0' && second != '0';
    }

    // "+33 6 12 34 56 78" has one single-digit group; "0 2 4 6 8 10 12" (US sizes) has many.
    private static int LoneDigits(DigitRun run, DigitWindow window, bool international)
    {
        var count = 0;
        for (var i = window.First + (international ? 1 : 0); i <= window.Last; i++)
            if (run.Groups[i] is { Bracketed: false, Digits: 1 }) count++;
        return count;
    }

    // "01-05-2024 10:30" and "2024.05.12 0930" are delivery dates and times, not phone numbers.
    private static bool StartsWithDate(DigitRun run, DigitWindow window)
    {
        var (a, b, c) = (window.First, window.First + 1, window.First + 2);
        if (c > window.Last || run.Groups[a].Bracketed || run.Groups[b].Bracketed || run.Groups[c].Bracketed) return false;
        var separator = run.SeparatorBefore(b);
        if (separator is not ('-' or '.') || run.SeparatorBefore(c) != separator) return false;
        return (run.Groups[a].Digits <= 2 && run.Groups[b].Digits <= 2 && IsYear(run, c))
            || (IsYear(run, a) && run.Groups[b].Digits <= 2 && run.Groups[c].Digits <= 2);
    }

    private static bool IsYear(DigitRun run, int group) =>
        run.DigitsOf(group) is { Length: 4 } year && (year.StartsWith("19") || year.StartsWith("20"));

    // 555-123-4567, 1-800-555-0199, 555.123.4567 or 5551234567.
    private static bool IsNorthAmerican(DigitRun run, DigitWindow window)
    {
        var first = window.First;
        if (first < window.Last && run.DigitsOf(first) is "1") first++;
        var groups = window.Last - first + 1;
        if (groups == 1) return run.Groups[first].Digits == 10 && run.DigitsOf(first)[0] is >= '2' and <= '9';
        return groups == 3 && run.Groups[first].Digits == 3 && run.Groups[first + 1].Digits == 3 && run.Groups[first + 2].Digits == 4;
    }
}
