using System.Text.RegularExpressions;

namespace Tailor.Assistant.Guard;

/// <summary>Finds UK postcodes (SW1A 1AA, EC1A1BB, M1 1AE) and US ZIP codes where an address or state makes them one.</summary>
internal static partial class PostcodeFinder
{
    // How far past a street address a ZIP may sit and still belong to it: "12 Main St, Springfield 62704".
    private const int ZipReach = 40;

    public static void Find(string text, IReadOnlyList<PiiFinding> addresses, List<PiiFinding> findings)
    {
        foreach (var match in UkPostcode().EnumerateMatches(text)) findings.Add(new PiiFinding(PiiKind.Postcode, match.Index, match.Length));
        foreach (var match in ZipAfterState().EnumerateMatches(text)) findings.Add(new PiiFinding(PiiKind.Postcode, match.Index, match.Length));
        if (addresses.Count == 0) return;
        // Five bare digits are a price or a quantity far more often than a ZIP, so they count only just after an address.
        foreach (var match in Zip().EnumerateMatches(text))
        {
            var zipStart = match.Index;
            if (addresses.Any(address => FollowsOnSameLine(text, address, zipStart)))
                findings.Add(new PiiFinding(PiiKind.Postcode, zipStart, match.Length));
        }
    }

    private static bool FollowsOnSameLine(string text, PiiFinding address, int zipStart) =>
        zipStart >= address.End && zipStart - address.End <= ZipReach && text.AsSpan(address.End, zipStart - address.End).IndexOf('\n') < 0;

    // Only real postcode areas, and inward codes never use C, I, K, M, O or V: this keeps "size L1 2PK" or "UK8 2XS" apart.
    // Fashion sizes "2XL"/"3XS" are real inward codes too, but far likelier in this chat than the few postcodes ending in them.
    [GeneratedRegex("""
        (?<![\p{L}\p{N}])
        (?:(?:AB|AL|B[ABDHLNRST]?|C[ABFHMORTVW]|D[ADEGHLNTY]|E[CHNX]?|F[KY]|G[LUY]?|H[ADGPRSUX]|I[GMPV]|JE|K[ATWY]|L[ADELNSU]?
            |M[EKL]?|N[EGNPRW]?|O[LX]|P[AEHLOR]|R[GHM]|S[AEGKLMNOPRSTWY]?|T[ADFNQRSW]|UB|W[ACDFNRSV]?|YO|ZE)[0-9][A-Z0-9]?|GIR)
        [ ]?(?![0-9]X[LS](?![\p{L}\p{N}]))[0-9][ABD-HJLNP-UW-Z]{2}
        (?![\p{L}\p{N}])
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex UkPostcode();

    // "NY 10001", "CA, 94105-1234": state abbreviations in capitals, as on an envelope.
    [GeneratedRegex("""
        (?<=(?<![\p{L}\p{N}])(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\.?,?[ ])
        [0-9]{5}(?:-[0-9]{4})?
        (?![\p{L}\p{N}]|[.,-][0-9])
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ZipAfterState();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,-])[0-9]{5}(?:-[0-9]{4})?(?![\p{L}\p{N}]|[.,-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Zip();
}
