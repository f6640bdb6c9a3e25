using System.Buffers;
using System.Text.RegularExpressions;

namespace Tailor.Assistant.Guard;

/// <summary>
/// Finds street addresses written the usual ways: "221B Baker Street", "Flat 3, 45 Elm Road", "1600 Pennsylvania Avenue NW",
/// "Hauptstraße 5", "12 rue de la Paix". Needs a house number, a name and a street word, so "2 pairs of jeans" is left alone.
/// </summary>
internal static partial class StreetAddressFinder
{
    // The German and French patterns must start at any word; a vectorised look for their street words first spares that scan
    // on the many messages that have none.
    private static readonly SearchValues<string> GermanStreetWords =
        SearchValues.Create(["straße", "strasse", "str.", "weg", "gasse", "allee", "platz"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> FrenchStreetWords =
        SearchValues.Create(["rue ", "avenue ", "boulevard ", "bd ", "allée ", "allee ", "chemin ", "impasse ", "quai ", "Place "], StringComparison.OrdinalIgnoreCase);

    public static void Find(string text, List<PiiFinding> findings)
    {
        Add(English().EnumerateMatches(text), findings);
        if (text.AsSpan().ContainsAny(GermanStreetWords)) Add(German().EnumerateMatches(text), findings);
        if (text.AsSpan().ContainsAny(FrenchStreetWords)) Add(French().EnumerateMatches(text), findings);
    }

    private static void Add(Regex.ValueMatchEnumerator matches, List<PiiFinding> findings)
    {
        foreach (var match in matches) findings.Add(new PiiFinding(PiiKind.PostalAddress, match.Index, match.Length));
    }

    // Street words that are also everyday English ("way", "place", "close", "drive", "court") only count after capitalised
    // names, as in "12 Elm Close"; unmistakable ones ("road", "street", "avenue") count in any case, but not after function
    // words ("2 for the road") nor before the fashion phrases they appear in ("street style", "road trip").
    [GeneratedRegex("""
        (?<![\p{L}\p{N}])
        (?:(?:flat|apartment|apt\.?|unit|suite)[ ]?[0-9]{1,4}[a-z]?,?[ ])?
        [0-9]{1,5}[a-z]?,?[ ]
        (?:
            (?:(?!(?:the|a|an|for|of|on|in|to|at|and|or|my|your|with|from|by|per|x|pairs?|sizes?)[ ])\p{L}[\p{L}'’.-]*[ ]){1,3}
            (?:street|road|avenue|boulevard|lane|st|rd|ave|blvd|ln)\.?
            (?![ ](?:style|wear|trip|fashion|look|ready|smart|legal|race|running|bike)s?(?![\p{L}\p{N}]))
          | (?-i:(?:\p{Lu}[\p{L}'’.-]*[ ]){1,3}
            (?:Drive|Close|Way|Place|Square|Crescent|Terrace|Court|Grove|Gardens|Mews|Parade|Row|Hill|Walk|Green|Center|Centre|Plaza|Dr|Pl|Sq|Cres|Ct)\.?)
        )
        (?:[ ](?-i:NE|NW|SE|SW|N|S|E|W)(?![\p{L}\p{N}]))?
        (?![\p{L}\p{N}])
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex English();

    // "Hauptstraße 5", "Berliner Str. 12", "Lindenweg 3a".
    [GeneratedRegex("""
        (?<![\p{L}\p{N}])
        (?:\p{Lu}[\p{L}-]*[ ](?:Straße|Strasse|Str\.|Weg|Gasse|Allee|Platz)|\p{L}[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|allee|platz))
        [ ][0-9]{1,4}[a-zA-Z]?(?![\p{L}\p{N}])
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex German();

    // "12 rue de la Paix", "8 bis, avenue des Champs-Élysées", "3 Place Vendôme" ("2 place mats" is not an address).
    [GeneratedRegex("""
        (?<![\p{L}\p{N}])
        [0-9]{1,4}(?:[ ]?(?:bis|ter))?,?[ ]
        (?:(?i:rue|avenue|boulevard|bd|allée|allee|chemin|impasse|quai)|Place)[ ]
        (?:(?:de|du|des|la|le|les)[ ]|[dl]['’])*
        \p{L}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,2}
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex French();
}
