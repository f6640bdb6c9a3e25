using System.Text.RegularExpressions;

namespace Tailor.Assistant.Guard;

/// <summary>
/// Finds e-mail addresses spelled out to get past filters or because the keyboard lacks an @: "sarah dot jones at gmail dot
/// com", "k.oconnor(at)outlook(dot)ie", "lena [at] web [dot] de".
/// </summary>
internal static class SpelledEmailFinder
{
    // How far before an address a cue such as "email" may stand: "my email address for the receipt is …".
    private const int CueReach = 40;
    private const string Part = @"[\p{L}\p{N}_%+-]{1,40}";
    private const string Dot = @"(?:[ ]?[(\[][ ]?dot[ ]?[)\]][ ]?|[ ]dot[ ]|\.)";
    private const string At = @"(?:[ ]?[(\[][ ]?at[ ]?[)\]][ ]?|[ ]at[ ]|[ ]@[ ])";

    private static readonly Regex Shape = new($$"""
        (?<![\p{L}\p{N}._%+-])
        (?<local>{{Part}}(?:(?:{{Dot}}|[ ]underscore[ ]){{Part}}){0,4})
        {{At}}
        (?<provider>{{Part}})(?:{{Dot}}{{Part}}){0,2}{{Dot}}(?:{{PiiPatterns.Shared.EmailEndings}})
        (?![\p{L}\p{N}])
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.Compiled);

    public static void Find(string text, List<PiiFinding> findings)
    {
        var patterns = PiiPatterns.Shared;
        foreach (Match match in Shape.Matches(text))
        {
            var local = match.Groups["local"].Value;
            var spelledLocal = (local.Contains(" dot ", StringComparison.OrdinalIgnoreCase)
                || local.IndexOfAny(['.', '_', '(', '[']) >= 0 || local.Contains("underscore", StringComparison.OrdinalIgnoreCase)
                || local.Any(char.IsAsciiDigit));
            var provider = patterns.MailboxProviders.Contains(match.Groups["provider"].Value);
            var cued = patterns.EmailCues.IsMatch(text[Math.Max(0, match.Index - CueReach)..match.Index]);
            // "I shop at zara dot com" names a shop, not a mailbox.
            if (!spelledLocal && !provider && !cued) continue;
            findings.Add(WithFirstName(text, match, spelledLocal));
        }
    }

    // "aoife murphy at hotmail dot com": a single-word local part may be a surname with the first name before it.
    private static PiiFinding WithFirstName(string text, Match match, bool spelledLocal)
    {
        var start = match.Index;
        if (!spelledLocal && start > 1 && text[start - 1] == ' ')
        {
            var wordStart = start - 1;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            var word = text[wordStart..(start - 1)];
            var standsAlone = wordStart == 0 || !char.IsLetterOrDigit(text[wordStart - 1]) && text[wordStart - 1] is not ('\'' or '’');
            if (word.Length > 1 && standsAlone && !PiiPatterns.Shared.NotNames.Contains(word) && !PiiPatterns.Shared.EmailCues.IsMatch(word))
                start = wordStart;
        }
        return new PiiFinding(PiiKind.Email, start, match.Index + match.Length - start);
    }
}
