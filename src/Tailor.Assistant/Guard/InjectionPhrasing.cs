using System.Text.RegularExpressions;

namespace Tailor.Assistant.Guard;

/// <summary>Spots the usual prompt-injection phrasing; a signal for analytics and tone, never a security boundary.</summary>
internal static partial class InjectionPhrasing
{
    public static bool IsPresentIn(string text) => Phrases().IsMatch(text);

    [GeneratedRegex("""
        \b(?:
            (?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|every|your|the|my|these|those|previous|prior|above|earlier|of)\s+){0,3}
                (?:rules|instructions|prompts?|guidelines|directions|guardrails|restrictions)
          | system\s+(?:prompt|message|instructions)
          | you\s+are\s+now
          | act\s+as
          | pretend\s+(?:to\s+be|you\s+are)
          | developer\s+mode
          | jailbr[eo]a?k\w*
        )\b
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Phrases();
}
