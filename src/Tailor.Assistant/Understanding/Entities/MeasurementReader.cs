using System.Globalization;
using System.Text.RegularExpressions;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Reads body measurements, height, weight, a usual size and a fit preference from a message, converting inches,
/// feet and inches, pounds and stones to centimetres and kilograms. A bare number is read by its size: "waist 30" is
/// inches, "waist 74" centimetres, as no adult waist measures 30 cm or 74 inches.
/// </summary>
public static partial class MeasurementReader
{
    private const decimal Inch = 2.54m;

    public static BodyMeasurements? Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var lower = text.ToLowerInvariant().Replace('’', '\'').Replace('”', '"').Replace('″', '"').Replace('′', '\'');
        var found = new BodyMeasurements
        {
            ChestCm = Girth(lower, ChestPattern(), inchesBelow: 60),
            WaistCm = Girth(lower, WaistPattern(), inchesBelow: 50),
            HipCm = Girth(lower, HipPattern(), inchesBelow: 65),
            InseamCm = Girth(lower, InseamPattern(), inchesBelow: 45),
            FootCm = Girth(lower, FootPattern(), inchesBelow: 15),
            HeightCm = Height(lower),
            WeightKg = Weight(lower),
            UsualSize = UsualSize(lower, out var brand),
            UsualBrand = brand,
            Fit = LoosePattern().IsMatch(lower) ? FitPreference.Loose : SnugPattern().IsMatch(lower) ? FitPreference.Snug : FitPreference.Unstated,
        };
        return found.IsEmpty ? null : found;
    }

    private static decimal? Girth(string text, Regex pattern, decimal inchesBelow)
    {
        if (pattern.Match(text) is not { Success: true } m || Number(m.Groups["n"].Value) is not { } value) return null;
        var unit = m.Groups["unit"].Value;
        var inches = unit is "in" or "inch" or "inches" or "\"" || (unit.Length == 0 && value < inchesBelow);
        return Math.Round(inches ? value * Inch : value, 1);
    }

    private static decimal? Height(string text)
    {
        if (FeetPattern().Match(text) is { Success: true } feet && Number(feet.Groups["ft"].Value) is { } ft and >= 3 and <= 7)
            return Math.Round((ft * 12 + (Number(feet.Groups["in"].Value) ?? 0)) * Inch, 0);
        if (MetresPattern().Match(text) is { Success: true } metres && Number(metres.Groups["m"].Value) is { } m and >= 1.2m and <= 2.2m)
            return Math.Round(m * 100, 0);
        if (HeightCmPattern().Match(text) is { Success: true } cm && Number(cm.Groups["n"].Value) is { } n and >= 120 and <= 220)
            return n;
        return null;
    }

    private static decimal? Weight(string text)
    {
        if (StonePattern().Match(text) is { Success: true } st && Number(st.Groups["st"].Value) is { } stones)
            return Math.Round((stones * 14 + (Number(st.Groups["lb"].Value) ?? 0)) * 0.4536m, 1);
        if (WeightPattern().Match(text) is not { Success: true } m || Number(m.Groups["n"].Value) is not { } value) return null;
        return m.Groups["unit"].Value.StartsWith('k') ? value : Math.Round(value * 0.4536m, 1);
    }

    private static string? UsualSize(string text, out string? brand)
    {
        brand = null;
        if (UsualPattern().Match(text) is { Success: true } usual)
        {
            brand = usual.Groups["brand"].Success ? usual.Groups["brand"].Value : null;
            return Label(usual.Groups["system"].Value, usual.Groups["size"].Value);
        }
        return SystemPattern().Match(text) is { Success: true } stated ? Label(stated.Groups["system"].Value, stated.Groups["size"].Value) : null;
    }

    private static string Label(string system, string size) =>
        system.Length == 0 ? size.ToUpperInvariant() : $"{system.ToUpperInvariant()} {size.ToUpperInvariant()}";

    private static decimal? Number(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    // "A 40 inch chest", "32in waist": the number first needs its unit, so "size 12 waist" is not a measurement.
    private const string ValueBefore = @"(?<![\d.])(?<n>\d{2,3}(?:\.\d)?)\s*(?<unit>cm|cms|in|inch|inches|"")\s*";

    private const string Value = @"\s*(?:is|of|:|=|-)?\s*(?<n>\d{1,3}(?:\.\d)?)\s*(?<unit>cm|cms|in|inch|inches|"")?(?![\d.])";

    [GeneratedRegex(@"\b(?:bust|chest)" + Value + "|" + ValueBefore + @"(?:bust|chest)\b")] private static partial Regex ChestPattern();
    [GeneratedRegex(@"\bwaist" + Value + "|" + ValueBefore + @"waist\b")] private static partial Regex WaistPattern();
    [GeneratedRegex(@"\b(?:hips?|seat)" + Value + "|" + ValueBefore + @"(?:hips?|seat)\b")] private static partial Regex HipPattern();
    [GeneratedRegex(@"\b(?:inseam|inside leg|leg length|leg)" + Value)] private static partial Regex InseamPattern();
    [GeneratedRegex(@"\b(?:foot|feet are|foot length)" + Value)] private static partial Regex FootPattern();
    [GeneratedRegex(@"(?<![\d.])(?<ft>[3-7])\s*(?:'|ft|foot|feet)\s*(?:(?<in>1[01]|\d)\s*(?:""|in|inches|'')?)?(?![\d])")] private static partial Regex FeetPattern();
    [GeneratedRegex(@"(?<![\d.])(?<m>[12]\.\d{1,2})\s*m\b")] private static partial Regex MetresPattern();
    [GeneratedRegex(@"(?:\b(?:height|i'm|im|i am)\s*(?:is|of|:)?\s*(?<n>\d{3})\s*(?:cm)?\b)|(?:(?<n>\d{3})\s*cm\s*tall)")] private static partial Regex HeightCmPattern();
    [GeneratedRegex(@"(?<![\d.])(?<st>\d{1,2})\s*(?:st|stone)\s*(?:(?<lb>\d{1,2})\s*(?:lb|lbs|pounds)?)?\b")] private static partial Regex StonePattern();
    [GeneratedRegex(@"(?<![\d.])(?<n>\d{2,3}(?:\.\d)?)\s*(?<unit>kg|kgs|kilos|lb|lbs|pounds)\b")] private static partial Regex WeightPattern();
    [GeneratedRegex(@"\b(?:usually|normally|always|typically|generally)\s+(?:wear\s+|take\s+|buy\s+)?(?:an?\s+)?(?:size\s+)?(?:(?<system>uk|us|eu)\s*)?(?<size>\d{1,2}|xxs|xs|s|m|l|xl|xxl|small|medium|large)\b(?:\s+(?:in|at|from)\s+(?<brand>[a-z&' ]{2,20}?)(?=[,.!?]|$| and | but ))?")] private static partial Regex UsualPattern();
    [GeneratedRegex(@"\b(?<system>uk|us|eu)\s*(?:size\s*)?(?<size>\d{1,2})\b")] private static partial Regex SystemPattern();
    [GeneratedRegex(@"\b(?:like (?:it|them|my clothes) loose|loose fit|relaxed fit|roomy|prefer (?:it )?loose|like room)\b")] private static partial Regex LoosePattern();
    [GeneratedRegex(@"\b(?:like (?:it|them|my clothes) (?:snug|fitted|tight)|snug fit|close fit|prefer (?:it )?(?:snug|fitted))\b")] private static partial Regex SnugPattern();
}
