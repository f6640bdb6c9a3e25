using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Tailor.Assistant.Respond.Voice;

/// <summary>
/// A store's own wording (<see cref="VoicePresets.FileName"/> in its data folder): templates and quick replies that replace
/// the shipped ones of the same key. Checked against the shipped wording when the server starts (see <see cref="VoiceCheck"/>).
/// </summary>
public sealed record StoreVoice(
    string Source,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Templates,
    IReadOnlyDictionary<string, IReadOnlyList<string>> QuickReplies)
{
    public static StoreVoice None { get; } = new("(none)", new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>The voice in <paramref name="dataDirectory"/>, or <see cref="None"/> when the store has none.</summary>
    public static StoreVoice LoadFrom(string dataDirectory)
    {
        var path = Path.Combine(Path.GetFullPath(dataDirectory), VoicePresets.FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : None;
    }

    public static StoreVoice Parse(string yaml, string source)
    {
        VoiceFile file;
        try { file = new DeserializerBuilder().Build().Deserialize<VoiceFile?>(yaml) ?? new VoiceFile(); }
        catch (YamlException e)
        {
            // An unknown section ("template:") lands here too: the parser names it and its line.
            throw new VoiceException(source, [$"line {e.Start.Line}: {(e.InnerException ?? e).Message}"]);
        }
        return new StoreVoice(source, Lists(file.templates), Lists(file.quick_replies));
    }

    private static Dictionary<string, IReadOnlyList<string>> Lists(Dictionary<string, List<string>>? section) =>
        (section ?? []).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)(p.Value ?? []));

#pragma warning disable IDE1006 // YAML keys
    private sealed class VoiceFile
    {
        public Dictionary<string, List<string>>? templates { get; set; }
        public Dictionary<string, List<string>>? quick_replies { get; set; }
    }
#pragma warning restore IDE1006
}

/// <summary>A store's voice file that cannot be used, with every problem naming its key.</summary>
public sealed class VoiceException(string source, IReadOnlyList<string> problems)
    : InvalidOperationException($"{source} cannot be used:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
