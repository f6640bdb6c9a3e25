using System.Text.RegularExpressions;
using Tailor.Assistant.Respond;

namespace Tailor.Assistant.Tests.Orders;

public sealed partial class OrderTemplatesTests
{
    private static readonly string Yaml = File.ReadAllText(Path.Combine(SourceRoot(), "src", "Tailor.Assistant", "Respond", "templates.yaml"));

    [Fact]
    public void Every_template_key_is_defined_once()
    {
        // A second definition silently replaces the first one's wording for another feature.
        var duplicates = Key().Matches(Yaml).Select(m => m.Groups["key"].Value).GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Order_templates_show_personal_details_only_masked()
    {
        var orders = Yaml[Yaml.IndexOf("# Orders", StringComparison.Ordinal)..];
        // Only these placeholders carry personal data, and each is filled with its masked form.
        var personal = Placeholder().Matches(orders).Select(m => m.Groups["name"].Value).Where(n => n is "email" or "postcode" or "name" or "street").ToList();
        Assert.Empty(personal);
        Assert.True(ResponseTemplates.Parse(Yaml).Has("order_ask_identity"));
    }

    private static string SourceRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    [GeneratedRegex(@"^(?<key>[a-z0-9_-]+):", RegexOptions.Multiline)]
    private static partial Regex Key();

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\}")]
    private static partial Regex Placeholder();
}
