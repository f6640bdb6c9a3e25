using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Llm;

/// <summary>The model's instructions, persona, scope and AI disclosure, read from <c>llm-prompts.yaml</c> or the store's own copy.</summary>
public sealed partial record LlmPrompts
{
    public string Persona { get; init; } = "";
    public string Scope { get; init; } = "";
    public string Disclosure { get; init; } = "";
    public string ShopperText { get; init; } = "";
    public string Understand { get; init; } = "";
    public string Respond { get; init; } = "";
    public string Regenerate { get; init; } = "";
    public string Summarize { get; init; } = "";

    /// <summary>The store's file when configured, else the one shipped in the assembly.</summary>
    public static LlmPrompts Load(string? file)
    {
        if (file is { Length: > 0 }) return Parse(File.ReadAllText(file));
        using var stream = typeof(LlmPrompts).Assembly.GetManifestResourceStream("Tailor.Assistant.Llm.llm-prompts.yaml")
            ?? throw new InvalidOperationException("llm-prompts.yaml is not embedded in Tailor.Assistant.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static LlmPrompts Parse(string yaml) =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<LlmPrompts>(yaml) ?? new LlmPrompts();

    /// <summary>Persona, scope, disclosure and the rule about the shopper's text: the start of every stage's system message.</summary>
    public string System(string store) => Fill(string.Join("\n\n", Persona, Scope, Disclosure, ShopperText), ("store", store));

    /// <summary>The shopper's masked text, delimited so that it reads as data.</summary>
    public static string Delimited(string maskedText) =>
        $"<shopper>{maskedText.Replace("<shopper>", "", StringComparison.OrdinalIgnoreCase).Replace("</shopper>", "", StringComparison.OrdinalIgnoreCase)}</shopper>";

    /// <summary>Replaces {name} placeholders; unknown ones stay as written so a typo in the file shows in the prompt, not as a crash.</summary>
    public static string Fill(string template, params (string Name, string Value)[] values)
    {
        var map = values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return Placeholder().Replace(template, m => map.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
