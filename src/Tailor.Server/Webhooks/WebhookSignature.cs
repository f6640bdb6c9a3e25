using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tailor.Server.Webhooks;

/// <summary>
/// The signature both directions use: <c>X-Tailor-Signature: sha256=&lt;hex HMAC-SHA256 of "timestamp.body"&gt;</c>, where
/// timestamp is the send time in <c>X-Tailor-Timestamp</c> (Unix seconds), so a captured body cannot be sent again under a
/// fresh timestamp; the event id travels in <c>X-Tailor-Delivery</c>.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Tailor-Signature";
    public const string TimestampHeader = "X-Tailor-Timestamp";
    public const string DeliveryHeader = "X-Tailor-Delivery";
    public const string EventHeader = "X-Tailor-Event";
    private const string Scheme = "sha256=";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>Whether the header is the signature of "timestamp.body" under the secret, compared in constant time.</summary>
    public static bool IsValid(string secret, long timestamp, ReadOnlySpan<byte> body, string? header)
    {
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(Scheme + header[Scheme.Length..].Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
