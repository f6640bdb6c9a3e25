namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Collects phrases and their meanings. Meanings listed on purpose (a catalog value, a synonym) beat those that
/// only come from an inflected form, so "denims" stays jeans although it looks like the plural of the material.
/// </summary>
internal sealed class PhraseTableBuilder
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>Adds a phrase; with <paramref name="inflect"/>, also the singular and plural of its last word.</summary>
    public void Add(string phrase, Meaning meaning, bool inflect = false)
    {
        var keys = MessageWords.Keys(phrase);
        if (keys.Length == 0) return;
        EntryFor(keys).Listed.Add(meaning);
        if (!inflect) return;
        foreach (var form in Inflections(keys[^1]))
            EntryFor([.. keys[..^1], form]).Inflected.Add(meaning);
    }

    public PhraseTable Build() => new(entries.Values.Select(e => new Phrase(e.Keys, Resolve(e.Listed.Count > 0 ? e.Listed : e.Inflected))));

    // "denim" is both a colour and a fabric; shoppers saying it mean the fabric.
    private static Meaning[] Resolve(List<Meaning> meanings)
    {
        var distinct = meanings.Distinct().ToList();
        if (distinct.Any(m => m.Kind == EntityKinds.Material)) distinct.RemoveAll(m => m.Kind == EntityKinds.Color);
        return distinct.ToArray();
    }

    private Entry EntryFor(string[] keys)
    {
        var key = string.Join(' ', keys);
        if (!entries.TryGetValue(key, out var entry)) entries[key] = entry = new Entry(keys);
        return entry;
    }

    /// <summary>The plural of a singular word and the singular of a plural one, by the regular English rules.</summary>
    internal static IEnumerable<string> Inflections(string word)
    {
        if (word.Length < 3 || !word.All(char.IsAsciiLetterLower)) yield break;
        if (word.EndsWith("ies")) yield return word[..^3] + "y";
        else if (word.EndsWith("ves")) { yield return word[..^3] + "f"; yield return word[..^3] + "fe"; }
        else if (word.EndsWith("sses") || word.EndsWith("xes") || word.EndsWith("ches") || word.EndsWith("shes")) yield return word[..^2];
        else if (word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is")) yield return word[..^1];

        if (word.EndsWith("ss") || word.EndsWith('x') || word.EndsWith("ch") || word.EndsWith("sh")) yield return word + "es";
        else if (word.EndsWith('s')) yield break;
        else if (word.EndsWith('y') && !"aeiou".Contains(word[^2])) yield return word[..^1] + "ies";
        else if (word.EndsWith("fe")) yield return word[..^2] + "ves";
        else if (word.EndsWith('f')) { yield return word[..^1] + "ves"; yield return word + "s"; }
        else yield return word + "s";
    }

    private sealed class Entry(string[] keys)
    {
        public string[] Keys { get; } = keys;
        public List<Meaning> Listed { get; } = [];
        public List<Meaning> Inflected { get; } = [];
    }
}
