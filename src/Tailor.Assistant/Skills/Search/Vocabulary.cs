namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// The distinct values of one catalog field, each numbered, so a search decides once per value ("is 'merino wool'
/// a wool?") and then compares numbers across tens of thousands of products. Built by one loader, read-only after.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> codes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> values = [];

    public int Count => values.Count;

    public string this[int code] => values[code];

    /// <summary>The code of a value already seen, or -1.</summary>
    public int CodeOf(string value) => codes.GetValueOrDefault(value, -1);

    /// <summary>The code of a value, adding it on first sight. Case does not make a new value.</summary>
    public int Add(string value)
    {
        if (codes.TryGetValue(value, out var code)) return code;
        codes.Add(value, values.Count);
        values.Add(value);
        return values.Count - 1;
    }

    /// <summary>For each code, whether its value passes the test.</summary>
    public bool[] Where(Func<string, bool> test)
    {
        var result = new bool[values.Count];
        for (var code = 0; code < result.Length; code++) result[code] = test(values[code]);
        return result;
    }
}
