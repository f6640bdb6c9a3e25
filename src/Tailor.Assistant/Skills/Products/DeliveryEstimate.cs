namespace Tailor.Assistant.Skills.Products;

/// <summary>When an order placed now would arrive in a country, and what delivery costs there.</summary>
/// <param name="DispatchDate">The working day the order leaves the warehouse.</param>
/// <param name="OrderBy">Orders placed before this moment leave on <paramref name="DispatchDate"/>.</param>
/// <param name="FreeOver">Basket value from which standard delivery is free; null when it never is.</param>
public sealed record DeliveryEstimate(
    string Country, string ZoneName, string Carrier, string Currency, decimal StandardCost, decimal? FreeOver, decimal ExpressCost,
    DateOnly DispatchDate, DateTimeOffset OrderBy, DateOnly EarliestStandard, DateOnly LatestStandard, DateOnly Express);
