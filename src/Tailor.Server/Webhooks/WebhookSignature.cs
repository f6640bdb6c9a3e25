using System.Security.Cryptography;
using System.Text;

namespace Tailor.Server.Webhooks;

/// <summary>
/// The signature both directions use: <c>X-Tailor-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c>, with the
/// send time in <c>X-Tailor-Timestamp</c> (Unix seconds) and the event id in <c>X-Tailor-Delivery</c>.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Tailor-Signature";
    public const string TimestampHeader = "X-Tailor-Timestamp";
    public const string DeliveryHeader = "X-Tailor-Delivery";
    public const string EventHeader = "X-Tailor-Event";
    private const string Scheme = "sha256=";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Whether the header is the body's signature under the secret, compared in constant time.</summary>
    public static bool IsValid(string secret, ReadOnlySpan<byte> body, string? header)
    {
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, body));
        var given = Encoding.ASCII.GetBytes(Scheme + header[Scheme.Length..].Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
