namespace Tailor.Domain.Orders;

/// <summary>How statuses are written outside the code: "partially-returned" in APIs and cards, "partially returned" in sentences.</summary>
public static class StatusNames
{
    /// <summary>"PartiallyReturned" → "partially-returned".</summary>
    public static string Code<T>(T value) where T : struct, Enum => Join(value, '-');

    /// <summary>"PartiallyReturned" → "partially returned".</summary>
    public static string Words<T>(T value) where T : struct, Enum => Join(value, ' ');

    /// <summary>Reads a status in either spelling, or the enum name, in any case.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Enum.TryParse(text.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal),
            ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    private static string Join<T>(T value, char separator) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"{separator}{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}
