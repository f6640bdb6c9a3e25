using System.Text.RegularExpressions;

namespace Tailor.Assistant.Guard;

/// <summary>Finds email addresses, including internationalised ones such as josé@exemple.fr.</summary>
internal static partial class EmailAddressFinder
{
    public static void Find(string text, List<PiiFinding> findings)
    {
        foreach (var match in Pattern().EnumerateMatches(text))
            findings.Add(new PiiFinding(PiiKind.Email, match.Index, match.Length));
    }

    // Bounded label and part lengths (RFC 5321) keep the pattern linear on long runs of letters and dots.
    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
