using Tailor.Assistant.Understanding.Intents;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Improvement;

/// <summary>Operator labels in the <c>training/intents</c> file shape (<c>intents: [{ name, description, examples }]</c>).</summary>
public static class IntentLabelsYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static void Write(Stream stream, IReadOnlyList<IntentExample> labels)
    {
        var file = new LabelFile
        {
            Intents = [.. labels.GroupBy(l => l.Intent).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new LabelIntent
            {
                Name = g.Key,
                Description = "Labelled by operators from reviewed conversations.",
                Examples = [.. g.Select(l => l.Text).Distinct(StringComparer.Ordinal)],
            })],
        };
        using var writer = new StreamWriter(stream, leaveOpen: true);
        writer.Write("# Operator labels from the review queue (masked text). Same shape as training/intents/*.yaml.\n");
        if (file.Intents.Count == 0) writer.Write("intents: []\n");
        else Serializer.Serialize(writer, file);
    }

    public static string ToYaml(IReadOnlyList<IntentExample> labels)
    {
        using var stream = new MemoryStream();
        Write(stream, labels);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a file written by <see cref="Write"/> (or any training file); an empty list reads as no labels.</summary>
    public static IReadOnlyList<IntentExample> Read(string path)
    {
        if (File.ReadAllText(path).Contains("intents: []", StringComparison.Ordinal)) return [];
        return [.. TrainingSetReader.ReadFile(path).SelectMany(d => d.Examples.Select(text => new IntentExample(d.Name, text)))];
    }

    private sealed class LabelFile
    {
        public List<LabelIntent> Intents { get; set; } = [];
    }

    private sealed class LabelIntent
    {
        public string Name { get; set; } = "";

        public string Description { get; set; } = "";

        public List<string> Examples { get; set; } = [];
    }
}
