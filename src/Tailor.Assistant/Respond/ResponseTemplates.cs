using System.Text.RegularExpressions;
using Tailor.Assistant.Respond.Voice;
using YamlDotNet.Serialization;

namespace Tailor.Assistant.Respond;

/// <summary>The assistant's wording, loaded from templates.yaml: several variants per key, placeholders filled from data.</summary>
public sealed partial class ResponseTemplates
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> variants;

    private ResponseTemplates(IReadOnlyDictionary<string, IReadOnlyList<string>> variants) => this.variants = variants;

    public static ResponseTemplates LoadEmbedded()
    {
        using var stream = typeof(ResponseTemplates).Assembly.GetManifestResourceStream("Tailor.Assistant.Respond.templates.yaml")
            ?? throw new InvalidOperationException("templates.yaml is not embedded in Tailor.Assistant.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static ResponseTemplates Parse(string yaml)
    {
        var raw = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>>>(yaml);
        return new ResponseTemplates(raw.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value));
    }

    /// <summary>These templates with a store's own wording over them; what cannot be used goes to <paramref name="problems"/>.</summary>
    public ResponseTemplates With(StoreVoice voice, List<string> problems) => new(VoiceCheck.Merge(variants, voice.Templates, "templates", problems));

    /// <summary>The placeholders the variants of <paramref name="key"/> fill.</summary>
    public IReadOnlySet<string> PlaceholdersOf(string key) =>
        (variants.TryGetValue(key, out var options) ? options : []).SelectMany(v => Placeholder().Matches(v).Select(m => m.Groups[1].Value)).ToHashSet();

    public bool Has(string key) => variants.ContainsKey(key);

    /// <summary>Renders a variant of <paramref name="key"/>; <paramref name="pick"/> chooses the variant (stable per turn).</summary>
    public string Render(string key, int pick, IReadOnlyDictionary<string, string>? values = null)
    {
        if (!variants.TryGetValue(key, out var options) || options.Count == 0)
            throw new KeyNotFoundException($"No response template '{key}'.");
        var template = options[(int)((uint)pick % options.Count)];
        var text = Placeholder().Replace(template, match =>
            values is not null && values.TryGetValue(match.Groups[1].Value, out var value)
                ? value
                : throw new KeyNotFoundException($"Template '{key}' needs a value for {{{match.Groups[1].Value}}}."));
        // "The {title}" with a title that starts with its own article ("The Wren Quarter-Zip Jumper") says it once.
        return DoubledArticle().Replace(text, "$1");
    }

    [GeneratedRegex(@"\b([Tt]he) The\b")]
    private static partial Regex DoubledArticle();

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
