using System.Diagnostics;
using Tailor.Assistant.Guard;

namespace Tailor.Assistant.Tests.Guard;

/// <summary>Catches catastrophic backtracking on hostile input; not a benchmark, so the bound is deliberately loose.</summary>
public sealed class GuardPerformanceTests
{
    public static TheoryData<string> PathologicalMessages => new()
    {
        Repeat("1 "),
        Repeat("1-"),
        Repeat("0"),
        Repeat("+1 ("),
        Repeat("(1)"),
        Repeat("a."),
        Repeat("a@"),
        Repeat("a@a."),
        Repeat("a"),
        Repeat("12 a "),
        Repeat("Flat 1, "),
        Repeat("1 A "),
        Repeat("GB82 "),
        Repeat("AB12 "),
        Repeat("SW1A "),
        Repeat("Ab") + "straße 1",
        Repeat("1 rue de "),
        Repeat("ignore all "),
        Repeat("NY 12345 "),
        Repeat("4111 "),
    };

    [Theory]
    [MemberData(nameof(PathologicalMessages))]
    public void A_2000_character_hostile_message_is_inspected_quickly(string text)
    {
        var guard = new MessageGuard(new GuardOptions());
        guard.Inspect("warm up 07700 900123 jane@example.com 12 High St SW1A 1AA");

        var clock = Stopwatch.StartNew();
        var result = guard.Inspect(text);
        clock.Stop();

        Assert.True(result.Accepted);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Inspect took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    private static string Repeat(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, 2000 / piece.Length + 1));
        return text[..Math.Min(text.Length, 1990)];
    }
}
