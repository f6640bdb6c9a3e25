using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>One labelled message of an evaluation set, with the register it is written in ("formal", "slang"…).</summary>
public sealed record EvaluationUtterance(string Text, string Intent, string Register);

/// <summary>An evaluation set written apart from the training data (<c>utterances: [{ text, intent, register }]</c>).</summary>
public static class EvaluationSet
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static IReadOnlyList<EvaluationUtterance> Load(string path)
    {
        EvaluationFile? file;
        try
        {
            file = Deserializer.Deserialize<EvaluationFile?>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new TrainingDataException($"{Path.GetFileName(path)} (line {e.Start.Line}): {(e.InnerException ?? e).Message}", e);
        }

        if (file?.Utterances is not { Count: > 0 } utterances)
            throw new TrainingDataException($"{Path.GetFileName(path)}: expected a top-level 'utterances:' list.");
        return utterances.Select((u, i) => string.IsNullOrWhiteSpace(u.Text) || string.IsNullOrWhiteSpace(u.Intent)
                ? throw new TrainingDataException($"{Path.GetFileName(path)}: utterance #{i + 1} needs a text and an intent.")
                : new EvaluationUtterance(u.Text.Trim(), u.Intent.Trim(), u.Register?.Trim() is { Length: > 0 } r ? r : "unspecified"))
            .ToArray();
    }

    private sealed class EvaluationFile
    {
        public List<Entry>? Utterances { get; set; }
    }

    private sealed class Entry
    {
        public string? Text { get; set; }

        public string? Intent { get; set; }

        public string? Register { get; set; }
    }
}
