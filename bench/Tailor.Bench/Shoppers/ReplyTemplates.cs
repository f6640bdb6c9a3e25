using System.Text.RegularExpressions;
using Tailor.Assistant.Respond;
using YamlDotNet.Serialization;

namespace Tailor.Bench.Shoppers;

/// <summary>
/// Tells which response templates a reply was built from. The engine stores the reply's text, not the template keys
/// (and src/ is not ours to change), so each variant of the embedded templates.yaml becomes a pattern with its
/// placeholders as wildcards, and a reply matches a key when one of its variants occurs in the reply's text.
/// </summary>
public sealed class ReplyTemplates
{
    private readonly IReadOnlyList<(string Key, Regex Pattern)> patterns;

    private ReplyTemplates(IReadOnlyList<(string Key, Regex Pattern)> patterns) => this.patterns = patterns;

    /// <summary>Loads the templates the engine itself uses (the resource embedded in Tailor.Assistant).</summary>
    public static ReplyTemplates LoadEmbedded(IEnumerable<string> keys)
    {
        using var stream = typeof(ResponseTemplates).Assembly.GetManifestResourceStream("Tailor.Assistant.Respond.templates.yaml")
            ?? throw new InvalidOperationException("templates.yaml is not embedded in Tailor.Assistant.");
        var all = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>>>(new StreamReader(stream).ReadToEnd());
        var wanted = keys.ToHashSet();
        var missing = wanted.Where(k => !all.ContainsKey(k)).ToList();
        // A renamed template would silently stop being counted; fail loudly instead.
        if (missing.Count > 0) throw new InvalidOperationException($"templates.yaml no longer has: {string.Join(", ", missing)}");
        return new ReplyTemplates(all.Where(p => wanted.Contains(p.Key))
            .SelectMany(p => p.Value.Select(variant => (p.Key, ToPattern(variant)))).ToList());
    }

    /// <summary>The keys (of those loaded) whose wording occurs in the reply text.</summary>
    public IReadOnlySet<string> In(string replyText) =>
        patterns.Where(p => p.Pattern.IsMatch(replyText)).Select(p => p.Key).ToHashSet();

    private static Regex ToPattern(string variant)
    {
        var literal = Regex.Escape(variant.Trim());
        // Regex.Escape writes "{" as "\{" and leaves "}" alone.
        var pattern = Regex.Replace(literal, @"\\\{[a-z_]+}", ".*?");
        return new Regex(pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
