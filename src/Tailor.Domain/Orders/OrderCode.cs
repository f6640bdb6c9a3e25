namespace Tailor.Domain.Orders;

/// <summary>
/// A one-time code e-mailed to the address on an order, the strong proof a guest needs before an order is changed.
/// Only a keyed hash of the code is kept; a code is good for one use, a few tries and a few minutes.
/// </summary>
public sealed class OrderCode
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public required string OrderNumber { get; set; }
    /// <summary>HMAC-SHA256 of the code under the server's code key, base64: six digits alone would be guessed from a plain hash.</summary>
    public required string CodeHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>Wrong codes typed against this one; at the limit it is spent.</summary>
    public int FailedTries { get; set; }
    /// <summary>When the right code was typed: the conversation has proven the order from then on, for a while.</summary>
    public DateTimeOffset? UsedAt { get; set; }
    /// <summary>Set when a newer code replaced this one, or too many wrong tries spent it.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
