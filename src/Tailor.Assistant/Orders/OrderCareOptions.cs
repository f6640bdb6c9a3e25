namespace Tailor.Assistant.Orders;

/// <summary>Order care limits (configuration section <c>Tailor:OrderCare</c>).</summary>
public sealed class OrderCareOptions
{
    public const string Section = "Tailor:OrderCare";

    /// <summary>Failed order look-ups allowed per conversation and per (order, client) within <see cref="LockoutWindow"/>.</summary>
    public int MaxFailedAttempts { get; set; } = 5;
    /// <summary>Failed look-ups allowed from one client across all orders and conversations within <see cref="LockoutWindow"/>.</summary>
    public int MaxFailedAttemptsPerClient { get; set; } = 20;
    public TimeSpan LockoutWindow { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How long a one-time code e-mailed for an order change stays good.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>Wrong codes allowed before a code is spent.</summary>
    public int MaxCodeTries { get; set; } = 5;
    /// <summary>Codes e-mailed for one order within <see cref="CodeSendingWindow"/>, so the chat cannot be used to flood an inbox.</summary>
    public int MaxCodesPerOrder { get; set; } = 3;
    public TimeSpan CodeSendingWindow { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How long a conversation that typed the right code may change the order (and a look-up with order details lasts).</summary>
    public TimeSpan ProofLifetime { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>How many of a signed-in customer's orders are offered to choose from.</summary>
    public int RecentOrders { get; set; } = 5;
}
