namespace Tailor.Assistant.Guard;

/// <summary>
/// The short name of each kind of personal data: its placeholder without brackets ("card", "email"), used by the pattern data
/// file and by the masking evaluation set's markup.
/// </summary>
public static class PiiKindNames
{
    private static readonly Dictionary<string, PiiKind> ByName = Enum.GetValues<PiiKind>()
        .ToDictionary(Name, kind => kind, StringComparer.OrdinalIgnoreCase);

    public static string Name(PiiKind kind) => PiiMasker.Placeholder(kind)[1..^1];

    public static IEnumerable<string> All => ByName.Keys;

    public static PiiKind Parse(string name) => ByName.TryGetValue(name, out var kind)
        ? kind
        : throw new InvalidDataException($"'{name}' is not a kind of personal data; use one of: {string.Join(", ", ByName.Keys)}.");
}
