using System.Globalization;

namespace Tailor.Assistant.Respond.Voice;

/// <summary>
/// The culture answers are written in: the store's locale for numbers and dates, with the symbol of the store's own
/// currency, so a store in euros with an en-GB locale says €60, never £60.
/// </summary>
public static class StoreCulture
{
    public static CultureInfo For(string locale, string currency)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(locale).Clone();
        if (!string.Equals(RegionCurrency(culture.Name), currency, StringComparison.OrdinalIgnoreCase))
            culture.NumberFormat.CurrencySymbol = SymbolOf(currency);
        return CultureInfo.ReadOnly(culture);
    }

    private static string? RegionCurrency(string name)
    {
        try { return new RegionInfo(name).ISOCurrencySymbol; }
        catch (ArgumentException) { return null; }
    }

    private static string SymbolOf(string currency) => CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
        .FirstOrDefault(r => r is not null && string.Equals(r.ISOCurrencySymbol, currency, StringComparison.OrdinalIgnoreCase))
        ?.CurrencySymbol ?? currency.ToUpperInvariant();
}
