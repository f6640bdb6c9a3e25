namespace Tailor.Assistant.Understanding.Slots;

/// <summary>Sizes compared as the catalog writes them.</summary>
public static class Sizes
{
    /// <summary>"UK 7", "uk7", "size 7" and "7" are one size; "Medium" is "M".</summary>
    public static string Key(string size)
    {
        var key = string.Concat(size.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        foreach (var prefix in new[] { "SIZE", "UK" })
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)) key = key[prefix.Length..];
        return key switch { "SMALL" => "S", "MEDIUM" => "M", "LARGE" => "L", "EXTRASMALL" => "XS", "EXTRALARGE" => "XL", _ => key };
    }
}
