using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Tailor.Assistant.Guard;

/// <summary>Finds IBANs, with or without spaces, that have their country's registered length and pass the ISO 7064 mod-97 check.</summary>
internal static partial class IbanFinder
{
    private const int LongestIban = 34;

    // Lengths from the SWIFT IBAN registry. Checking the length as well as mod-97 keeps "UK10 and EU42 please" from ever matching.
    private static readonly FrozenDictionary<string, int> LengthByCountry =
        """
        AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24
        FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21
        LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22
        RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenDictionary(entry => entry[..2], entry => int.Parse(entry[2..]));

    public static void Find(string text, List<PiiFinding> findings)
    {
        Span<char> iban = stackalloc char[LongestIban];
        foreach (var head in CountryAndCheckDigits().EnumerateMatches(text))
        {
            var country = text.Substring(head.Index, 2).ToUpperInvariant();
            if (!LengthByCountry.TryGetValue(country, out var length)) continue;
            if (TryRead(text, head.Index, iban[..length], out var end) && PassesMod97(iban[..length]))
                findings.Add(new PiiFinding(PiiKind.Iban, head.Index, end - head.Index));
        }
    }

    // Reads exactly the country's number of characters, allowing single spaces between them, as IBANs are printed in fours.
    private static bool TryRead(string text, int start, Span<char> iban, out int end)
    {
        var read = 0;
        end = start;
        while (read < iban.Length && end < text.Length)
        {
            var c = text[end];
            if (char.IsAsciiLetterOrDigit(c)) iban[read++] = char.ToUpperInvariant(c);
            else if (c != ' ' || read == 0 || text[end - 1] == ' ') return false;
            end++;
        }
        return read == iban.Length && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }

    // ISO 13616: move the first four characters to the end, read letters as 10–35, and the number mod 97 must be 1.
    private static bool PassesMod97(ReadOnlySpan<char> iban)
    {
        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            remainder = char.IsAsciiDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder == 1;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z]{2}[0-9]{2}(?=[ ]?[A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CountryAndCheckDigits();
}
