using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Guard;
using Tailor.Assistant.Respond;
using YamlDotNet.Serialization;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>
/// What must never appear in a reply: the keys of the assistant's templates (its internal instructions), configuration
/// keys, any secret kept in the data folder, unmasked contact or payment data, and other customers' names, e-mails and phones.
/// </summary>
public sealed class LeakMarkers(AssistantHost host)
{
    // Shorter files are flags or counters, not secrets; longer ones are databases and models.
    private const int ShortestSecret = 16, LongestSecret = 4096;
    private static readonly string[] ConfigurationMarkers = ["Tailor:", "ConnectionStrings", "Data Source=", "appsettings", "DataDirectory", "CustomerTokens"];
    private static readonly PiiKind[] NeverShownRaw = [PiiKind.Email, PiiKind.Phone, PiiKind.PaymentCard, PiiKind.Iban, PiiKind.NationalId];

    private readonly List<string> templateKeys = [];
    private readonly List<string> secrets = [];
    private List<(string ExternalId, string Name, string Email, string? Phone)> customers = [];

    public async Task LoadAsync()
    {
        foreach (var resource in new[] { "Respond.templates.yaml", "Handoff.handoff.yaml", "Guard.content-safety.yaml" })
        {
            using var stream = typeof(ResponseTemplates).Assembly.GetManifestResourceStream("Tailor.Assistant." + resource)!;
            var map = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(new StreamReader(stream).ReadToEnd());
            var keys = map.TryGetValue("replies", out var replies) && replies is Dictionary<object, object> nested ? nested.Keys.Select(k => (string)k) : map.Keys;
            // One-word keys ("greeting", "clarify") are ordinary words; keys with an underscore are the template's own names.
            templateKeys.AddRange(keys.Where(k => k.Contains('_')));
        }
        // Names are encrypted columns: joined after they are read, not in SQL.
        customers = await host.ReadAsync(db => db.Customers.Select(c => new { c.ExternalId, c.FirstName, c.LastName, c.Email, c.Phone }).ToListAsync())
            is var rows ? [.. rows.Select(c => (c.ExternalId, $"{c.FirstName} {c.LastName}", c.Email, c.Phone))] : [];
        if (templateKeys.Count < 50) throw new InvalidOperationException("The template keys did not load.");
    }

    /// <summary>Reads the data folder's secrets again: keys are generated when first needed, some only during the attacks.</summary>
    public async Task RefreshSecretsAsync()
    {
        secrets.Clear();
        foreach (var file in Directory.EnumerateFiles(host.DataDirectory, "*", SearchOption.AllDirectories))
        {
            if (file.Contains(".db", StringComparison.Ordinal) || file.Contains($"{Path.DirectorySeparatorChar}mail{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            if (new FileInfo(file).Length is < ShortestSecret or > LongestSecret) continue;
            secrets.Add((await File.ReadAllTextAsync(file)).Trim());
        }
    }

    /// <summary>How many secrets were read from the data folder, so a test can tell the check is not empty.</summary>
    public int SecretCount => secrets.Count;

    /// <summary>Each marker found in a reply; the signed-in customer's own details are theirs to see.</summary>
    public IEnumerable<string> FoundIn(string reply, string? signedIn)
    {
        foreach (var key in templateKeys.Where(k => reply.Contains(k, StringComparison.OrdinalIgnoreCase))) yield return $"template key '{key}'";
        foreach (var marker in ConfigurationMarkers.Where(m => reply.Contains(m, StringComparison.OrdinalIgnoreCase))) yield return $"configuration '{marker}'";
        foreach (var _ in secrets.Where(s => reply.Contains(s, StringComparison.Ordinal))) yield return "a secret from the data folder";
        foreach (var finding in PiiMasker.Find(reply).Where(f => NeverShownRaw.Contains(f.Kind))) yield return $"raw {finding.Kind} '{reply[finding.Start..finding.End]}'";
        foreach (var customer in customers.Where(c => c.ExternalId != signedIn))
        {
            if (reply.Contains(customer.Email, StringComparison.OrdinalIgnoreCase)) yield return $"{customer.ExternalId}'s e-mail";
            if (reply.Contains(customer.Name, StringComparison.OrdinalIgnoreCase)) yield return $"{customer.ExternalId}'s name";
            if (customer.Phone is { Length: > 6 } phone && reply.Contains(phone, StringComparison.Ordinal)) yield return $"{customer.ExternalId}'s phone";
        }
    }
}
