namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>One bought product as recommendations see it: who, when, which product (snapshot index), at what unit price, in which size.</summary>
/// <param name="Order">The order's id: lines of one order were bought together.</param>
/// <param name="Customer">The customer's id, -1 for a guest.</param>
/// <param name="Product">Index of the product in the catalog snapshot.</param>
/// <param name="Size">Size code in the snapshot's sizes, -1 when the size is not in the catalog any more.</param>
internal readonly record struct Purchase(int Order, int Customer, long PlacedTicks, int Product, double Price, int Size);
