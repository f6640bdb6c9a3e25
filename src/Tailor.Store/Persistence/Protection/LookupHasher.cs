using System.Security.Cryptography;
using System.Text;

namespace Tailor.Store.Persistence.Protection;

/// <summary>
/// Keyed hashes (HMAC-SHA256) of normalised e-mails: encrypted columns cannot be compared in SQL, so the queries that
/// look a customer, order or ticket up by e-mail compare these instead. Keyed, so a stolen database cannot be searched
/// for a known address by hashing it; the key sits next to the Data Protection keys.
/// </summary>
public sealed class LookupHasher(byte[] key)
{
    public string HashEmail(string email) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(NormaliseEmail(email))));

    /// <summary>Trimmed and lower-cased: the same mailbox however the shopper or the store typed it.</summary>
    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();
}
