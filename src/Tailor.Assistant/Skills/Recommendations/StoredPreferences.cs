using System.Text.Json;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>Reads a customer's stored JSON columns without EF: their preferences, and whether they consented to their use.</summary>
internal static class StoredPreferences
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The preferences when the customer consented to personalisation, else null (the consent's date is stored as ticks, so only the flag is read).</summary>
    public static CustomerPreferences? Read(string? preferences, string? consents)
    {
        if (preferences is null || consents is null) return null;
        using var document = JsonDocument.Parse(consents);
        if (!document.RootElement.TryGetProperty(nameof(Consents.Personalization), out var consent) || consent.ValueKind != JsonValueKind.True) return null;
        return JsonSerializer.Deserialize<CustomerPreferences>(preferences, Json) ?? new CustomerPreferences();
    }

    /// <summary>Whether the stored consents allow personalisation.</summary>
    public static bool Consented(string? consents)
    {
        if (consents is null) return false;
        using var document = JsonDocument.Parse(consents);
        return document.RootElement.TryGetProperty(nameof(Consents.Personalization), out var consent) && consent.ValueKind == JsonValueKind.True;
    }
}
