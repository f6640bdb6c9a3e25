using System.Text.RegularExpressions;

namespace Tailor.Assistant.Guard;

/// <summary>
/// Finds the name a shopper gives as their own: "my name is marie dupont", "I'm Sarah Jones, …", "this is Tom from …",
/// "Emma Wilson here". Other people's names and product names ("the Emma dress") are left alone: they follow no intro.
/// </summary>
internal static partial class PersonNameFinder
{
    // "Grace Ann Kelly" is the longest name people usually type; more words are a sentence.
    private const int MostWords = 3;

    public static void Find(string text, List<PiiFinding> findings)
    {
        var patterns = PiiPatterns.Shared;
        foreach (Match intro in patterns.NameIntros.Matches(text))
            Add(ReadName(text, intro.Index + intro.Length, capitalisedOnly: false), findings);
        foreach (Match intro in patterns.CapitalisedNameIntros.Matches(text))
            Add(EndsPhrase(text, ReadName(text, intro.Index + intro.Length, capitalisedOnly: true)), findings);
        // "Hi, Emma Wilson here": a name opening the message and followed by "here".
        if (Greeting().Match(text) is { Success: true } greeting
            && ReadName(text, greeting.Length, capitalisedOnly: true) is { } opening
            && text.AsSpan(opening.End).StartsWith(" here", StringComparison.OrdinalIgnoreCase))
            Add(opening, findings);
    }

    private static void Add(PiiFinding? name, List<PiiFinding> findings)
    {
        if (name is { } found) findings.Add(found);
    }

    private static PiiFinding? ReadName(string text, int start, bool capitalisedOnly)
    {
        var (end, next, words) = (start, start, 0);
        while (words < MostWords && Word().Match(text, next) is { Success: true } word && word.Index == next
            && IsNameWord(word.Value, capitalisedOnly))
        {
            end = word.Index + word.Length;
            words++;
            if (end >= text.Length || text[end] != ' ') break;
            next = end + 1;
        }
        return words == 0 ? null : new PiiFinding(PiiKind.PersonName, start, end - start);
    }

    private static bool IsNameWord(string word, bool capitalisedOnly)
    {
        var patterns = PiiPatterns.Shared;
        if (patterns.NotNames.Contains(word) || patterns.NameEndWords.Contains(word)) return false;
        if (!capitalisedOnly || patterns.FirstNames.Contains(word)) return true;
        // A capital then lower case: "Sarah", "O'Brien"; "SO" or "UK" in capitals is shouting or an abbreviation.
        return char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);
    }

    // After "I'm", a name is a phrase of its own: "I'm Sarah Jones, …", "this is Tom from …", not "I'm Catholic so …".
    private static PiiFinding? EndsPhrase(string text, PiiFinding? name) =>
        name is { } found && PiiPatterns.Shared.NameEnds.IsMatch(text, found.End) ? found : null;

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*(?<![-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:(?:hi|hello|hey|hiya|morning|good[ ](?:morning|afternoon|evening))[ ]?[,!.]?[ ])?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();
}
