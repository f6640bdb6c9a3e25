namespace Tailor.Assistant.Understanding.Intents;

/// <summary>The validated intents and examples the intent model is trained on.</summary>
public sealed class TrainingSet
{
    /// <summary>Validates the definitions: unique intent names, non-empty examples, no example under two labels or twice.</summary>
    public TrainingSet(IEnumerable<IntentDefinition> intents)
    {
        ArgumentNullException.ThrowIfNull(intents);
        Intents = intents.OrderBy(i => i.Name, StringComparer.Ordinal).ToArray();
        Validate(Intents);
        Examples = Intents
            .SelectMany(intent => intent.Examples.Select(text => new IntentExample(intent.Name, text)))
            .ToArray();
    }

    /// <summary>The intents, ordered by name.</summary>
    public IReadOnlyList<IntentDefinition> Intents { get; }

    /// <summary>Every example with its intent.</summary>
    public IReadOnlyList<IntentExample> Examples { get; }

    /// <summary>Reads every <c>*.yaml</c>/<c>*.yml</c> file in <paramref name="folder"/>.</summary>
    public static TrainingSet Load(string folder) => new(TrainingSetReader.ReadFolder(folder));

    private static void Validate(IReadOnlyList<IntentDefinition> intents)
    {
        if (intents.Count < 2)
        {
            throw new TrainingDataException($"Intent training data needs at least two intents; found {intents.Count}.");
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var intent in intents)
        {
            if (!names.TryAdd(intent.Name, intent.SourceFile))
            {
                throw new TrainingDataException(
                    $"{intent.SourceFile}: intent '{intent.Name}' is already declared in {names[intent.Name]}.");
            }
        }

        // Two examples that normalise to the same text look identical to the model, so they count as duplicates.
        var seen = new Dictionary<string, IntentDefinition>(StringComparer.Ordinal);
        foreach (var intent in intents)
        {
            foreach (var example in intent.Examples)
            {
                var key = IntentText.Normalize(example);
                if (key.Length == 0)
                {
                    throw new TrainingDataException(
                        $"{intent.SourceFile}: intent '{intent.Name}' has an example with no words: '{example}'.");
                }

                if (seen.TryGetValue(key, out var first))
                {
                    var where = first.Name == intent.Name
                        ? $"twice in intent '{intent.Name}'"
                        : $"in both '{first.Name}' ({first.SourceFile}) and '{intent.Name}'";
                    throw new TrainingDataException($"{intent.SourceFile}: example '{example}' appears {where}.");
                }

                seen.Add(key, intent);
            }
        }
    }
}
