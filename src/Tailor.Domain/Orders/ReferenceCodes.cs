using System.Security.Cryptography;

namespace Tailor.Domain.Orders;

/// <summary>
/// Random references shoppers are given (RMA numbers, confirmation references): drawn from a cryptographic source so
/// they cannot be guessed, in letters and digits that are not confused when read aloud (no 0/O, 1/I).
/// </summary>
public static class ReferenceCodes
{
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New(string prefix, int length)
    {
        while (true)
        {
            var code = RandomNumberGenerator.GetString(Alphabet, length);
            // A run of digits could be read as a phone number or a price by the message guard; redraw instead.
            if (!HasDigitRun(code, 3)) return prefix + code;
        }
    }

    private static bool HasDigitRun(string code, int length)
    {
        var run = 0;
        foreach (var c in code)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run >= length) return true;
        }
        return false;
    }
}
