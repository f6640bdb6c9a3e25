using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>Reads intent definitions from YAML training files (<c>intents: [{ name, description, examples }]</c>).</summary>
internal static class TrainingSetReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<IntentDefinition> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new TrainingDataException($"Intent training folder '{folder}' does not exist.");
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new TrainingDataException($"Intent training folder '{folder}' has no .yaml files.");
        }

        return files.SelectMany(ReadFile).ToArray();
    }

    public static IReadOnlyList<IntentDefinition> ReadFile(string path)
    {
        var fileName = Path.GetFileName(path);
        IntentFile? file;
        try
        {
            file = Deserializer.Deserialize<IntentFile?>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            // YamlDotNet nests the useful message (e.g. an unknown key) inside a generic one.
            var reason = (e.InnerException ?? e).Message;
            throw new TrainingDataException($"{fileName} (line {e.Start.Line}, column {e.Start.Column}): {reason}", e);
        }

        if (file?.Intents is not { Count: > 0 } intents)
        {
            throw new TrainingDataException($"{fileName}: expected a top-level 'intents:' list with at least one intent.");
        }

        return intents.Select((intent, index) => ToDefinition(intent, index, fileName)).ToArray();
    }

    private static IntentDefinition ToDefinition(IntentEntry entry, int index, string fileName)
    {
        var name = entry.Name?.Trim();
        if (string.IsNullOrEmpty(name) || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw new TrainingDataException(
                $"{fileName}: intent #{index + 1} needs a snake_case 'name' (got '{entry.Name}').");
        }

        var examples = (entry.Examples ?? [])
            .Select(e => e?.Trim() ?? "")
            .ToArray();
        if (examples.Length == 0)
        {
            throw new TrainingDataException($"{fileName}: intent '{name}' has no examples.");
        }

        if (examples.Any(e => e.Length == 0))
        {
            throw new TrainingDataException($"{fileName}: intent '{name}' has an empty example.");
        }

        return new IntentDefinition(name, entry.Description?.Trim() ?? "", examples, fileName);
    }

    // YamlDotNet binds to mutable classes; unknown keys throw, which is how typos in the files surface.
    private sealed class IntentFile
    {
        public List<IntentEntry>? Intents { get; set; }
    }

    private sealed class IntentEntry
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public List<string?>? Examples { get; set; }
    }
}
