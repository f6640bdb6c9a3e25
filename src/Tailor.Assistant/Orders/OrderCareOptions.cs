namespace Tailor.Assistant.Orders;

/// <summary>Order care limits (configuration section <c>Tailor:OrderCare</c>).</summary>
public sealed class OrderCareOptions
{
    public const string Section = "Tailor:OrderCare";

    /// <summary>Failed order look-ups allowed per conversation and per order number within <see cref="LockoutWindow"/>.</summary>
    public int MaxFailedAttempts { get; set; } = 5;
    public TimeSpan LockoutWindow { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How many of a signed-in customer's orders are offered to choose from.</summary>
    public int RecentOrders { get; set; } = 5;
}
