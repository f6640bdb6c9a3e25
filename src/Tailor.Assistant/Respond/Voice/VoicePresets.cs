namespace Tailor.Assistant.Respond.Voice;

/// <summary>The voices a new store can start from (Presets/*.yaml): each an overrides file it then edits in its data folder.</summary>
public static class VoicePresets
{
    /// <summary>The store's voice in its data folder: a preset copied by `tailor init`, merged over the shipped wording.</summary>
    public const string FileName = "voice.yaml";
    private const string Prefix = "Tailor.Assistant.Respond.Voice.Presets.";

    public static IReadOnlyList<string> Names { get; } = typeof(VoicePresets).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".yaml".Length]).Order(StringComparer.Ordinal).ToList();

    public static string Read(string name)
    {
        using var stream = typeof(VoicePresets).Assembly.GetManifestResourceStream($"{Prefix}{name}.yaml")
            ?? throw new ArgumentException($"No voice '{name}': choose one of {string.Join(", ", Names)}.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
