using Tailor.Domain.Orders;

namespace Tailor.Assistant.Orders;

/// <summary>The steps that carry out each order task, and each kind of confirmed action.</summary>
public sealed class OrderTaskSteps(CancelSteps cancel, ChangeSteps change, ReturnSteps returns, ExchangeSteps exchange)
{
    public IOrderSteps For(OrderTask task) => task switch
    {
        OrderTask.Cancel => cancel,
        OrderTask.Change => change,
        OrderTask.Exchange => exchange,
        _ => returns,
    };

    public IOrderSteps For(OrderActionKind kind) => kind switch
    {
        OrderActionKind.Cancel => cancel,
        OrderActionKind.ChangeAddress or OrderActionKind.ChangeItem or OrderActionKind.ChangePayment => change,
        OrderActionKind.Exchange => exchange,
        _ => returns,
    };
}
