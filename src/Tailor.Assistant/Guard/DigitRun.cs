using System.Text.RegularExpressions;

namespace Tailor.Assistant.Guard;

/// <summary>One group of digits in a run: "7700", or a bracketed area or country code such as "(555)", "(0)" or "(+44)".</summary>
internal readonly record struct DigitGroup(int Start, int Length, int DigitStart, int Digits)
{
    public int End => Start + Length;
    public bool Bracketed => DigitStart != Start;
    public bool Signed => DigitStart == Start + 2;
}

/// <summary>A consecutive span of groups, by index, that a finder may claim as one phone or card number.</summary>
internal readonly record struct DigitWindow(int First, int Last);

/// <summary>
/// A run of digit groups joined by single separators ("+44 (0)20 7946 0958", "4111-1111-1111-1111 12/26"), read once and
/// shared by the phone and card finders, which look for the windows of groups that form a number.
/// </summary>
internal sealed partial class DigitRun
{
    // The shortest personal number is a 9-digit phone number; shorter runs are prices, sizes, quantities, dates or order numbers.
    private const int MinDigits = 9;
    // No phone or card number is written in more than eight groups, and the bound keeps window search linear.
    private const int MaxGroupsPerWindow = 8;

    private readonly DigitGroup[] groups;
    private readonly int[] digitsBefore;

    private DigitRun(string text, int start, bool hasPlus, DigitGroup[] groups)
    {
        Text = text;
        Start = start;
        HasPlus = hasPlus;
        this.groups = groups;
        digitsBefore = new int[groups.Length + 1];
        for (var i = 0; i < groups.Length; i++) digitsBefore[i + 1] = digitsBefore[i] + groups[i].Digits;
    }

    public string Text { get; }
    public int Start { get; }
    public bool HasPlus { get; }
    public IReadOnlyList<DigitGroup> Groups => groups;

    public static List<DigitRun> In(string text)
    {
        var runs = new List<DigitRun>();
        foreach (var candidate in Pattern().EnumerateMatches(text))
        {
            // Most runs are short ("2", "49.99"); only long ones are matched again for their groups, which allocates.
            if (CountDigits(text.AsSpan(candidate.Index, candidate.Length)) < MinDigits) continue;
            var match = Pattern().Match(text, candidate.Index);
            var captures = match.Groups["group"].Captures;
            var runGroups = new DigitGroup[captures.Count];
            for (var i = 0; i < runGroups.Length; i++) runGroups[i] = Read(text, captures[i]);
            runs.Add(new DigitRun(text, match.Index, match.Groups["plus"].Success, runGroups));
        }
        return runs;
    }

    public ReadOnlySpan<char> DigitsOf(int group) => Text.AsSpan(groups[group].DigitStart, groups[group].Digits);

    public int DigitCount(DigitWindow window) => digitsBefore[window.Last + 1] - digitsBefore[window.First];

    /// <summary>The character just before a group: its separator, or the ')' or digit it is glued to.</summary>
    public char SeparatorBefore(int group) => Text[groups[group].Start - 1];

    public PiiFinding Finding(PiiKind kind, DigitWindow window)
    {
        var start = window.First == 0 && HasPlus ? Start : groups[window.First].Start;
        return new PiiFinding(kind, start, groups[window.Last].End - start);
    }

    /// <summary>The windows a finder accepts, trying the earliest start and the longest window first, never overlapping.</summary>
    public IEnumerable<DigitWindow> Windows(Func<DigitWindow, bool> accepts)
    {
        var first = 0;
        while (first < groups.Length)
        {
            var claimed = CanStartAt(first) ? Longest(first, accepts) : null;
            if (claimed is { } window) yield return window;
            first = claimed?.Last + 1 ?? first + 1;
        }
    }

    private DigitWindow? Longest(int first, Func<DigitWindow, bool> accepts)
    {
        for (var last = Math.Min(first + MaxGroupsPerWindow, groups.Length) - 1; last >= first; last--)
        {
            var window = new DigitWindow(first, last);
            if (CanEndAt(last) && accepts(window)) return window;
        }
        return null;
    }

    // Inside a run a number may only start after a space: "TL-100023" or "1.299" continue the token before them.
    private bool CanStartAt(int group) => group == 0 || SeparatorBefore(group) == ' ';

    private bool CanEndAt(int group)
    {
        var end = groups[group].End;
        if (group < groups.Length - 1) return Text[end] == ' ';
        if (end == Text.Length) return true;
        // "07700900123abc" is part of a longer token, not a number on its own.
        return !char.IsLetterOrDigit(Text[end]) && Text[end] != '_';
    }

    private static int CountDigits(ReadOnlySpan<char> run)
    {
        var digits = 0;
        foreach (var c in run) if (char.IsAsciiDigit(c)) digits++;
        return digits;
    }

    private static DigitGroup Read(string text, Capture capture)
    {
        if (text[capture.Index] != '(') return new DigitGroup(capture.Index, capture.Length, capture.Index, capture.Length);
        var signed = text[capture.Index + 1] == '+';
        var inner = capture.Index + (signed ? 2 : 1);
        return new DigitGroup(capture.Index, capture.Length, inner, capture.Index + capture.Length - 1 - inner);
    }

    // Not glued to a word, a decimal point or a code ("TL-100023456", "3.14159265", "#100023"); groups are joined by one
    // space, dot or dash, or sit directly against a bracketed group: "+44 (0)20 7946 0958", "(555)123-4567".
    [GeneratedRegex("""
        (?<![\w+.\#-])
        (?<plus>\+)?
        (?<group>\(\+?[0-9]{1,5}\)|[0-9]+)
        (?:(?:[ .-]|[ ]?(?=\()|(?<=\))[ ]?)(?<group>\([0-9]{1,5}\)|[0-9]+))*
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
