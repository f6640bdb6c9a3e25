using System.Text.RegularExpressions;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>How a size was written: a label ("M"), a bare number, a size system ("uk 7", "eu 38", "us 8"), a waist or an age.</summary>
internal enum SizeSystem { Label, Plain, Uk, Eu, Us, Waist, Age }

/// <summary>Whether the message is about shoes, clothes or says neither ("size 7" alone can only be a shoe size).</summary>
internal enum Worn { Unknown, OnBody, OnFeet }

/// <summary>
/// The catalog's size labels, and the rules that turn a size as the shopper wrote it into one of them: shoe or
/// clothing size by what is being bought, EU and US sizes through the tables in <c>synonyms.yaml</c>, a child's age
/// into the age range that starts (else contains) it. A size the catalog does not have comes back as null.
/// </summary>
internal sealed partial class SizeLabels
{
    private readonly Dictionary<string, string> labels;
    private readonly (int Low, int High, string Label)[] kidsRanges;
    private readonly SizeConversions conversions;

    public SizeLabels(IEnumerable<string> sizes, SizeConversions conversions)
    {
        labels = sizes.DistinctBy(Key).ToDictionary(Key, s => s, StringComparer.Ordinal);
        kidsRanges = labels.Values.Select(s => KidsRange().Match(s)).Where(m => m.Success)
            .Select(m => (int.Parse(m.Groups["low"].Value), int.Parse(m.Groups["high"].Value), m.Value))
            .OrderBy(r => r.Item1).ToArray();
        this.conversions = conversions;
    }

    /// <summary>The catalog label written this way ("uk 7" → "UK 7", "m" → "M"), or null.</summary>
    public string? Find(string written) => labels.GetValueOrDefault(Key(written));

    /// <summary>The label for a size written in <paramref name="system"/>, for something worn as <paramref name="wear"/>.</summary>
    public string? Resolve(SizeSystem system, string value, Worn wear, string? gender)
    {
        var shoe = wear == Worn.OnFeet;
        return system switch
        {
            SizeSystem.Label or SizeSystem.Waist => Find(value),
            SizeSystem.Plain or SizeSystem.Uk when shoe => Find("uk " + value) ?? Find(value),
            SizeSystem.Plain or SizeSystem.Uk => Find(value) ?? (wear == Worn.Unknown ? Find("uk " + value) : null),
            SizeSystem.Eu when shoe => Convert(conversions.EuShoes, value),
            SizeSystem.Eu => Convert(conversions.EuClothing, value) ?? (wear == Worn.Unknown ? Convert(conversions.EuShoes, value) : null),
            SizeSystem.Us when shoe => gender switch
            {
                "Men" => Convert(conversions.UsMenShoes, value),
                "Women" => Convert(conversions.UsWomenShoes, value),
                _ => null, // US shoe sizes differ by two for women and one for men: not guessed.
            },
            SizeSystem.Us => Convert(conversions.UsClothing, value),
            SizeSystem.Age => KidsSize(value),
            _ => null,
        };
    }

    private string? Convert(IReadOnlyDictionary<string, string> table, string value) =>
        table.TryGetValue(value, out var uk) ? Find(uk) : null;

    /// <summary>The kids' range that starts at the age ("5" → "5-6Y"), else the one containing it ("6" → "5-6Y").</summary>
    private string? KidsSize(string value)
    {
        if (!int.TryParse(value, out var age)) return null;
        foreach (var range in kidsRanges) if (range.Low == age) return range.Label;
        foreach (var range in kidsRanges) if (range.Low <= age && age <= range.High) return range.Label;
        return null;
    }

    private static string Key(string label) => string.Join(' ', label.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?<low>\d{1,2})-(?<high>\d{1,2})y$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KidsRange();
}
