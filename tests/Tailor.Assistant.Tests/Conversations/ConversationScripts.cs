using System.Runtime.CompilerServices;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>Reads every Scripts/*.yaml file: the copy in the test output, else the source folder.</summary>
public static class ConversationScripts
{
    private static readonly Lazy<IReadOnlyList<ConversationScript>> Loaded = new(Load);

    public static IReadOnlyList<ConversationScript> All => Loaded.Value;

    /// <summary>Theory data: one case per conversation, named "file: conversation name".</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var script in All) data.Add(Key(script));
        return data;
    }

    public static string Key(ConversationScript script) => $"{Path.GetFileNameWithoutExtension(script.File)}: {script.Name}";

    public static ConversationScript Find(string key) => All.Single(s => Key(s) == key);

    public static string Folder()
    {
        var output = Path.Combine(AppContext.BaseDirectory, "Conversations", "Scripts");
        return Directory.Exists(output) ? output : Path.Combine(SourceDirectory(), "Scripts");
    }

    private static IReadOnlyList<ConversationScript> Load()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var scripts = new List<ConversationScript>();
        foreach (var file in Directory.GetFiles(Folder(), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            List<ConversationScript>? inFile;
            try { inFile = deserializer.Deserialize<List<ConversationScript>>(File.ReadAllText(file)); }
            catch (YamlDotNet.Core.YamlException e) { throw new InvalidDataException($"{Path.GetFileName(file)}: {e.Message} {e.InnerException?.Message}", e); }
            foreach (var script in inFile ?? [])
            {
                script.File = Path.GetFileName(file);
                scripts.Add(script);
            }
        }
        return scripts;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "";
}
