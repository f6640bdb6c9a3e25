namespace Tailor.Assistant.Customers;

/// <summary>
/// Who is on the other end of this request, as far as abuse limits care: a keyed hash of the client's network address,
/// set by the server for each request. Null outside a web request (tests, the command line), where the conversation
/// stands in for the client.
/// </summary>
public sealed class ShopperClient
{
    public string? Key { get; set; }

    /// <summary>The key to count failures under: the client's, else the conversation's.</summary>
    public string KeyOr(string conversationId) => Key ?? "conversation:" + conversationId;
}
