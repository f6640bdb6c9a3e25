using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;

namespace Tailor.Domain.Settings;

/// <summary>The store's own terms. Policy documents are written from these figures and every rule checks them.</summary>
public sealed class StoreSettings
{
    public const string Section = "Tailor:Store";

    public string Name { get; set; } = "Tailor Demo Store";
    public string BaseUrl { get; set; } = "http://localhost:5000";
    public string Currency { get; set; } = "GBP";
    public string Locale { get; set; } = "en-GB";
    public string TimeZone { get; set; } = "Europe/London";
    public string SupportEmail { get; set; } = "help@tailor-demo.shop";
    public string SupportPhone { get; set; } = "+44 20 7946 0321";
    public List<OpeningHours> OpeningHours { get; set; } =
    [
        new() { Days = "Monday to Friday", Opens = "08:00", Closes = "20:00" },
        new() { Days = "Saturday", Opens = "09:00", Closes = "18:00" },
        new() { Days = "Sunday", Opens = "10:00", Closes = "16:00" },
    ];
    public List<OrderStatus> CancellableStatuses { get; set; } = [OrderStatus.Pending, OrderStatus.Processing];
    public List<OrderStatus> ChangeableStatuses { get; set; } = [OrderStatus.Pending, OrderStatus.Processing];
    /// <summary>Why shoppers cancel, as codes: the assistant offers them and records the one chosen.</summary>
    public List<string> CancellationReasons { get; set; } = ["ordered-by-mistake", "found-it-cheaper", "delivery-too-slow", "changed-mind", "other"];
    public ReturnSettings Returns { get; set; } = new();
    public List<ShippingZone> Shipping { get; set; } =
    [
        new() { Country = "GB", Name = "United Kingdom", Carrier = "Royal Mail", StandardCost = 3.95m, StandardDaysMin = 2, StandardDaysMax = 4, ExpressCost = 6.95m, ExpressDays = 1, FreeOver = 50m },
        new() { Country = "IE", Name = "Ireland", Carrier = "DPD", StandardCost = 6.95m, StandardDaysMin = 3, StandardDaysMax = 5, ExpressCost = 12.95m, ExpressDays = 2, FreeOver = 100m },
        new() { Country = "FR", Name = "France", Carrier = "DPD", StandardCost = 7.95m, StandardDaysMin = 3, StandardDaysMax = 6, ExpressCost = 14.95m, ExpressDays = 2, FreeOver = 120m },
        new() { Country = "DE", Name = "Germany", Carrier = "DHL", StandardCost = 7.95m, StandardDaysMin = 3, StandardDaysMax = 6, ExpressCost = 14.95m, ExpressDays = 2, FreeOver = 120m },
        new() { Country = "NL", Name = "Netherlands", Carrier = "DHL", StandardCost = 7.95m, StandardDaysMin = 3, StandardDaysMax = 5, ExpressCost = 14.95m, ExpressDays = 2, FreeOver = 120m },
        new() { Country = "ES", Name = "Spain", Carrier = "DHL", StandardCost = 8.95m, StandardDaysMin = 4, StandardDaysMax = 7, ExpressCost = 16.95m, ExpressDays = 3, FreeOver = 120m },
        new() { Country = "US", Name = "United States", Carrier = "UPS", StandardCost = 14.95m, StandardDaysMin = 5, StandardDaysMax = 9, ExpressCost = 29.95m, ExpressDays = 3, FreeOver = 200m },
        new() { Country = "AU", Name = "Australia", Carrier = "DHL", StandardCost = 19.95m, StandardDaysMin = 7, StandardDaysMax = 12, ExpressCost = 34.95m, ExpressDays = 4, FreeOver = 250m },
    ];
    public int DispatchCutoffHour { get; set; } = 14;
    public List<string> PaymentMethods { get; set; } = ["Visa", "Mastercard", "American Express", "PayPal", "Apple Pay", "Google Pay", "Klarna"];
    public int PriceMatchDays { get; set; } = 14;
    public int GiftCardValidityMonths { get; set; } = 24;
    public int LoyaltyPointsPerPound { get; set; } = 1;
    public int LoyaltyPointsForFiveOff { get; set; } = 500;
    public int DataRetentionMonths { get; set; } = 24;

    /// <summary>The store's own country: the first shipping zone, as on the policy pages.</summary>
    public string HomeCountry => Shipping.FirstOrDefault()?.Country ?? "GB";

    public ShippingZone? ZoneFor(string country) =>
        Shipping.FirstOrDefault(z => string.Equals(z.Country, country, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Return and refund terms.</summary>
public sealed class ReturnSettings
{
    public int WindowDays { get; set; } = 30;
    public int ExchangeWindowDays { get; set; } = 30;
    public int RefundProcessingDays { get; set; } = 5;
    public decimal ReturnFee { get; set; } = 0m;
    public decimal InternationalReturnFee { get; set; } = 4.95m;
    public List<string> ExcludedCategories { get; set; } = ["swimwear", "jewellery"];
    public List<RefundMethod> RefundMethods { get; set; } = [RefundMethod.OriginalPayment, RefundMethod.GiftCard, RefundMethod.StoreCredit];
    public List<string> ReasonCodes { get; set; } = ["too-small", "too-large", "not-as-described", "damaged", "changed-mind", "arrived-late", "wrong-item"];
    /// <summary>Reasons for which return postage is free (faulty or wrong items), whatever the fees say.</summary>
    public List<string> FreeReturnReasons { get; set; } = ["damaged", "wrong-item"];
    /// <summary>Where returned parcels go: printed on every return label.</summary>
    public Address ReturnAddress { get; set; } = new()
    {
        Name = "Tailor Demo Store Returns", Line1 = "Tailor Fulfilment Centre", Line2 = "Unit 7, Kiln Farm Industrial Estate",
        City = "Milton Keynes", PostalCode = "MK11 3LH", Country = "GB",
    };
}

/// <summary>Delivery terms for one destination country.</summary>
public sealed class ShippingZone
{
    public required string Country { get; set; }
    public required string Name { get; set; }
    public string Carrier { get; set; } = "";
    public decimal StandardCost { get; set; }
    public int StandardDaysMin { get; set; }
    public int StandardDaysMax { get; set; }
    public decimal ExpressCost { get; set; }
    public int ExpressDays { get; set; }
    public decimal? FreeOver { get; set; }

    public decimal StandardCostFor(decimal basket) => FreeOver is { } free && basket >= free ? 0 : StandardCost;
}

/// <summary>Customer service hours for a set of days, local store time.</summary>
public sealed class OpeningHours
{
    public string Days { get; set; } = "";
    public string Opens { get; set; } = "";
    public string Closes { get; set; } = "";
}
