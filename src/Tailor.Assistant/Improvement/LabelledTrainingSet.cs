using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Improvement;

/// <summary>What combining operator labels with the shipped data did: the set, and the labels it left out and why.</summary>
public sealed record CombinedTrainingSet(TrainingSet Set, IReadOnlyList<IntentExample> Used, int Overrode, int HeldOut, int UnknownIntent);

/// <summary>
/// The shipped training data with the operators' labels joined in memory (the files in training/intents are never
/// changed). A label wins over a shipped example of the same words under another intent: the operator read the
/// real conversation. Labels of intents the model does not know, and labels whose words are in the held-out set, are
/// left out: held-out messages are never trained on, or the evaluation would praise the model for remembering them.
/// </summary>
public static class LabelledTrainingSet
{
    public static CombinedTrainingSet Combine(TrainingSet shipped, IReadOnlyList<IntentExample> labels, IEnumerable<string>? heldOut = null)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        ArgumentNullException.ThrowIfNull(labels);
        var known = shipped.Intents.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var excluded = (heldOut ?? []).Select(IntentText.Normalize).ToHashSet(StringComparer.Ordinal);
        var used = new Dictionary<string, IntentExample>(StringComparer.Ordinal);
        int unknown = 0, held = 0;
        foreach (var label in labels)
        {
            var key = IntentText.Normalize(label.Text);
            if (key.Length == 0) continue;
            if (!known.Contains(label.Intent)) { unknown++; continue; }
            if (excluded.Contains(key)) { held++; continue; }
            used[key] = label; // the latest label of the same words wins
        }

        var overrode = 0;
        var definitions = shipped.Intents.Select(intent =>
        {
            var kept = intent.Examples.Where(text =>
            {
                if (!used.TryGetValue(IntentText.Normalize(text), out var label)) return true;
                if (label.Intent != intent.Name) overrode++;
                return false;
            });
            var added = used.Values.Where(l => l.Intent == intent.Name).Select(l => l.Text);
            return intent with { Examples = [.. kept, .. added] };
        }).ToArray();
        return new CombinedTrainingSet(new TrainingSet(definitions), [.. used.Values], overrode, held, unknown);
    }
}
