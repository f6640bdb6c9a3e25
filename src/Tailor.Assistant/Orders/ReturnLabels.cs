using Tailor.Domain.Settings;

namespace Tailor.Assistant.Orders;

/// <summary>Where a return's printable label lives: on the store's own site, by its unguessable RMA number.</summary>
public sealed class ReturnLabels(StoreSettings settings)
{
    public string UrlOf(string rma) => $"{settings.BaseUrl.TrimEnd('/')}/returns/{Uri.EscapeDataString(rma)}/label";
}
