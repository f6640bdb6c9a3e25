namespace Tailor.Domain.Orders;

/// <summary>How this store writes its order numbers (configuration section <c>Tailor:Orders</c>).</summary>
public sealed class OrderNumberOptions
{
    public const string Section = "Tailor:Orders";

    /// <summary>The store's own prefix ("TL-" for the demo store; "" for a store whose numbers are bare or "#1001").</summary>
    public string Prefix { get; set; } = OrderNumber.Prefix;

    /// <summary>
    /// Regular expressions that spot this store's numbers in a message, tried in order (case-insensitive; the named
    /// group <c>number</c>, or else the whole match, is the number). Empty: the store's prefix and common shapes
    /// ("#1001", "#W2378156", "order 100045678").
    /// </summary>
    public List<string> NumberPatterns { get; set; } = [];

    /// <summary>An example of this store's numbers, for questions that ask for one ("it looks like TL-100023").</summary>
    public string Example { get; set; } = OrderNumber.Format(100023);
}
