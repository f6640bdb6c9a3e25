using System.Globalization;

namespace Tailor.Store.Demo;

/// <summary>Amounts as the store writes them in copy: "£50", "£3.95", "€7.95".</summary>
internal static class Money
{
    public static string Format(decimal amount, string currency)
    {
        var symbol = currency.ToUpperInvariant() switch
        {
            "GBP" => "£",
            "EUR" => "€",
            "USD" => "$",
            "AUD" => "A$",
            _ => currency.ToUpperInvariant() + " ",
        };
        var number = amount == decimal.Truncate(amount)
            ? amount.ToString("0", CultureInfo.InvariantCulture)
            : amount.ToString("0.00", CultureInfo.InvariantCulture);
        return symbol + number;
    }
}
