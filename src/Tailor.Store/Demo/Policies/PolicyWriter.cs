using Tailor.Domain.Catalog;
using Tailor.Domain.Policies;
using Tailor.Domain.Settings;

namespace Tailor.Store.Demo.Policies;

/// <summary>Writes the store's policy and FAQ pages from the Markdown templates shipped in this folder.</summary>
public static class PolicyWriter
{
    private const string ResourcePrefix = "Tailor.Store.Demo.Policies.";

    /// <summary>The pages, by slug, with every figure taken from <paramref name="settings"/> and the size charts.</summary>
    public static List<PolicyDocument> Write(StoreSettings settings, IReadOnlyList<SizeChart> sizeCharts, DateTimeOffset updatedAt)
    {
        var figures = PolicyFigures.From(settings, sizeCharts);
        var templates = Templates().ToList();
        if (templates.Count == 0) throw new InvalidOperationException($"No policy templates are embedded under {ResourcePrefix}*.md.");
        return templates.Select(template =>
        {
            var (title, markdown) = template.Fill(figures);
            return new PolicyDocument
            {
                Slug = template.Slug,
                Title = title,
                Kind = template.Kind,
                Url = $"/pages/{template.Slug}",
                Markdown = markdown,
                UpdatedAt = updatedAt,
            };
        }).ToList();
    }

    internal static IEnumerable<PolicyTemplate> Templates()
    {
        var assembly = typeof(PolicyWriter).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(IsTemplate).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return PolicyTemplate.Parse(name[ResourcePrefix.Length..^".md".Length], reader.ReadToEnd());
        }
    }

    private static bool IsTemplate(string name) =>
        name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal);
}
