using System.Text.RegularExpressions;

namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Reads the shopper's size and returns it as the catalog labels it ("medium" → "M", "2xl" → "XXL", "uk 7" → "UK 7",
/// "w32" → "32", "age 5" → "5-6Y", "eu 38" → "10"). Only sizes the catalog has come back. A bare letter or number
/// needs a cue ("size m", "in M", "i'm a 10"), so the "m" of "I'm" or the "a" of "a dress" is never a size.
/// Runs after the phrase finders, so it knows the category (shoe sizes for shoes) and phrases such as "runs small"
/// are already taken; <see cref="SizeLabels"/> turns what it reads into a label.
/// </summary>
internal sealed partial class SizeFinder
{
    private static readonly HashSet<string> SizeCues = ["size", "sz", "sized"];
    private static readonly HashSet<string> SoftCues = ["in", "a", "an", "im", "wear", "wears", "usually", "normally"];
    private static readonly HashSet<string> Systems = ["uk", "eu", "us", "euro", "eur"];
    private static readonly HashSet<string> AgeCues = ["age", "aged", "ages"];
    private static readonly HashSet<string> AgeUnits = ["years", "year", "yrs", "yr", "y", "yo"];
    private static readonly HashSet<string> InchWords = ["inch", "inches", "in"];
    // "too small", "a bit large", "runs small": about the fit, not the shopper's size.
    private static readonly HashSet<string> FitWords =
        ["too", "bit", "little", "slightly", "run", "runs", "running", "ran", "fit", "fits", "come", "comes", "came", "up", "very", "quite", "rather", "so", "how"];
    // What may follow a bare number for it to be a size: "in 12 please", "a 10 in black"; not "in 10 days".
    private static readonly HashSet<string> AfterSoftNumber = ["please", "pls", "and", "or", "but", "in", "for", "if", "thanks", "too", "then", "size", "instead"];

    private readonly SizeLabels labels;
    private readonly Dictionary<string, string> sizeWords;
    private readonly HashSet<string> sizeWordStarts;
    private readonly int longestSizeWord;
    private readonly HashSet<string> footwearCategories;
    private readonly HashSet<string> footwearWords;
    private readonly HashSet<string> describedBySize;

    public SizeFinder(CatalogVocabulary vocabulary)
    {
        labels = new SizeLabels(vocabulary.Sizes, vocabulary.Synonyms.SizeConversions);
        sizeWords = vocabulary.Synonyms.Sizes
            .Where(g => labels.Find(g.Key) is not null)
            .SelectMany(g => g.Value.Select(phrase => (Phrase: string.Join(' ', MessageWords.Keys(phrase)), Label: labels.Find(g.Key)!)))
            .Concat(vocabulary.Sizes.Where(IsLetterSize).Select(s => (Phrase: s.ToLowerInvariant(), Label: s)))
            .DistinctBy(w => w.Phrase)
            .ToDictionary(w => w.Phrase, w => w.Label, StringComparer.Ordinal);
        sizeWordStarts = sizeWords.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        longestSizeWord = sizeWords.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
        footwearCategories = vocabulary.Synonyms.FootwearCategories.ToHashSet(StringComparer.Ordinal);
        footwearWords = vocabulary.Synonyms.FootwearWords.ToHashSet(StringComparer.Ordinal);
        describedBySize = vocabulary.Synonyms.SizeDescribes.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Size words and letters ("medium", "xl"), which must never be "corrected" into vocabulary words.</summary>
    public IEnumerable<string> Words => sizeWords.Keys.SelectMany(k => k.Split(' '));

    public void Find(MessageScan scan)
    {
        var categories = scan.Findings.Where(f => f.Kind == EntityKinds.Category).Select(f => f.Value).ToList();
        // A named category decides ("a size 10 dress to go with my shoes"); without one, "shoes" or "feet" do.
        var wear = categories.Count > 0 ? (categories.Any(footwearCategories.Contains) ? Worn.OnFeet : Worn.OnBody)
            : scan.Words.Any(w => footwearWords.Contains(w.Text)) ? Worn.OnFeet : Worn.Unknown;
        var gender = scan.Findings.FirstOrDefault(f => f.Kind == EntityKinds.Gender)?.Value;
        for (var i = 0; i < scan.Count; i++)
        {
            if (!scan.IsFree(i) || Read(scan, i) is not { } mention) continue;
            if (labels.Resolve(mention.System, mention.Value, wear, gender) is { } label) scan.Add(EntityKinds.Size, label, mention.First, mention.Last);
            i = mention.Last;
        }
    }

    private readonly record struct Mention(SizeSystem System, string Value, int First, int Last);

    private Mention? Read(MessageScan scan, int i)
    {
        var word = scan.WordAt(i);
        if (SizeCues.Contains(word) && AfterCue(scan, i + 1, strong: true) is { } afterCue) return afterCue with { First = i };
        if (SystemNumber(scan, i) is { } system) return system;
        if (Waist(scan, i) is { } waist) return waist;
        if (Age(scan, i) is { } age) return age;
        if (SizeWordAt(scan, i) is { } sized) return FitWords.Contains(scan.WordAt(i - 1)) || DescribesNextWord(scan, sized) ? null : sized;
        if (SoftCues.Contains(scan.WordAt(i - 1)) && AfterCue(scan, i, strong: false) is { } soft) return soft;
        return null;
    }

    /// <summary>What follows "size" (strong) or "in"/"a"/"i'm" (soft): a system and number, a number, a letter or a size word.</summary>
    private Mention? AfterCue(MessageScan scan, int i, bool strong)
    {
        if (!scan.IsFree(i)) return null;
        if (strong && SystemNumber(scan, i) is { } system) return system;
        var word = scan.WordAt(i);
        if (IsNumber(word))
        {
            if (strong && Systems.Contains(scan.WordAt(i + 1))) return new Mention(SystemOf(scan.WordAt(i + 1)), word, i, i + 1);
            if (strong) return new Mention(SizeSystem.Plain, word, i, i);
            var next = i + 1;
            var endsHere = next >= scan.Count || scan.Words[next].BreakBefore || AfterSoftNumber.Contains(scan.WordAt(next)) || scan.FindingAt(next) is not null;
            return endsHere && labels.Find(word) is not null ? new Mention(SizeSystem.Label, word, i, i) : null;
        }
        return SizeWordAt(scan, i);
    }

    /// <summary>"uk 7", "eu 38", "us 8", "uk7", "10 uk".</summary>
    private static Mention? SystemNumber(MessageScan scan, int i)
    {
        var word = scan.WordAt(i);
        if (Systems.Contains(word) && IsNumber(scan.WordAt(i + 1)) && scan.IsFree(i + 1)) return new Mention(SystemOf(word), scan.WordAt(i + 1), i, i + 1);
        if (GluedSystem().Match(word) is { Success: true } glued) return new Mention(SystemOf(glued.Groups["system"].Value), glued.Groups["n"].Value, i, i);
        if (IsNumber(word) && Systems.Contains(scan.WordAt(i + 1)) && scan.IsFree(i + 1) && scan.WordAt(i + 1) != "us")
            return new Mention(SystemOf(scan.WordAt(i + 1)), word, i, i + 1);
        return null;
    }

    /// <summary>"w32", "32w", "32 waist", "32 inch waist", "waist 32", and waist with leg length: "32/30", "w32 l30".</summary>
    private static Mention? Waist(MessageScan scan, int i)
    {
        var word = scan.WordAt(i);
        if (GluedWaist().Match(word) is { Success: true } glued)
            return new Mention(SizeSystem.Waist, glued.Groups["n"].Value, i, LegLength().IsMatch(scan.WordAt(i + 1)) ? i + 1 : i);
        if (IsWaistAndLeg(scan, i)) return new Mention(SizeSystem.Waist, word, i, i + 1);
        if (word == "waist" && IsNumber(scan.WordAt(i + 1))) return new Mention(SizeSystem.Waist, scan.WordAt(i + 1), i, i + 1);
        if (word == "waist" && scan.WordAt(i + 1) == "size" && IsNumber(scan.WordAt(i + 2))) return new Mention(SizeSystem.Waist, scan.WordAt(i + 2), i, i + 2);
        if (!IsNumber(word)) return null;
        if (scan.WordAt(i + 1) == "waist") return new Mention(SizeSystem.Waist, word, i, i + 1);
        if (InchWords.Contains(scan.WordAt(i + 1)) && scan.WordAt(i + 2) == "waist") return new Mention(SizeSystem.Waist, word, i, i + 2);
        return null;
    }

    /// <summary>"32/30": waist and leg in inches, both in the range jeans are cut in (so "10/10" is not a waist).</summary>
    private static bool IsWaistAndLeg(MessageScan scan, int i) =>
        i + 1 < scan.Count && scan.Words[i + 1].Before == '/'
        && int.TryParse(scan.WordAt(i), out var waist) && waist is >= 24 and <= 50
        && int.TryParse(scan.WordAt(i + 1), out var leg) && leg is >= 24 and <= 40;

    /// <summary>"age 5", "5 years", "5 year old", "5yo", "5-6y", "5-6 years".</summary>
    private static Mention? Age(MessageScan scan, int i)
    {
        var word = scan.WordAt(i);
        if (AgeCues.Contains(word) && IsNumber(scan.WordAt(i + 1))) return new Mention(SizeSystem.Age, scan.WordAt(i + 1), i, i + 1);
        if (GluedAge().Match(word) is { Success: true } glued) return new Mention(SizeSystem.Age, glued.Groups["n"].Value, i, i);
        if (!IsNumber(word)) return null;
        var last = i + 1;
        if (scan.Words.Length > last && scan.Words[last].Before is '-' or '–' && (IsNumber(scan.WordAt(last)) || GluedAge().IsMatch(scan.WordAt(last))))
        {
            if (GluedAge().IsMatch(scan.WordAt(last))) return new Mention(SizeSystem.Age, word, i, last);
            last++;
        }
        if (!AgeUnits.Contains(scan.WordAt(last)) || scan.WordAt(last + 1) == "ago") return null;
        return new Mention(SizeSystem.Age, word, i, scan.WordAt(last + 1) == "old" ? last + 1 : last);
    }

    /// <summary>A size word or letter ("medium", "extra large", "xl"), longest first; single letters only with a cue or in capitals.</summary>
    private Mention? SizeWordAt(MessageScan scan, int i)
    {
        if (!sizeWordStarts.Contains(scan.WordAt(i))) return null;
        for (var length = Math.Min(longestSizeWord, scan.Count - i); length >= 1; length--)
        {
            var phrase = string.Join(' ', Enumerable.Range(i, length).Select(scan.WordAt));
            if (!sizeWords.TryGetValue(phrase, out var label)) continue;
            if (Enumerable.Range(i, length).Any(k => !scan.IsFree(k) || (k > i && scan.Words[k].BreakBefore))) continue;
            if (length == 1 && phrase.Length == 1 && !IsSingleLetterSize(scan, i, cued: SizeCues.Contains(scan.WordAt(i - 1)) || SoftCues.Contains(scan.WordAt(i - 1)))) continue;
            return new Mention(SizeSystem.Label, label, i, i + length - 1);
        }
        return null;
    }

    /// <summary>"size m", "in M", or a capital S/M/L standing alone; never the letter of "M&amp;S" or a contraction.</summary>
    private static bool IsSingleLetterSize(MessageScan scan, int i, bool cued)
    {
        var word = scan.Words[i];
        var after = word.End < scan.Text.Length ? scan.Text[word.End] : ' ';
        if (after is '&' or '\'' or '’' || word.Before is '&' or '\'' or '’') return false;
        return cued || char.IsAsciiLetterUpper(scan.Text[word.Start]);
    }

    /// <summary>
    /// "a small bag", "medium blue": an adjective describing the next thing named, not the shopper's size ("XL black"
    /// is). Before a garment sized in letters ("large jeans", "a medium jumper") it is the size the shopper wants.
    /// </summary>
    private bool DescribesNextWord(MessageScan scan, Mention sized)
    {
        var next = sized.Last + 1;
        var adjective = Enumerable.Range(sized.First, sized.Last - sized.First + 1).Any(k => scan.WordAt(k).Length >= 4);
        if (!adjective || next >= scan.Count || scan.Words[next].BreakBefore) return false;
        return scan.FindingAt(next) switch
        {
            { Kind: EntityKinds.Category } category => describedBySize.Contains(category.Value),
            { Kind: EntityKinds.Color or EntityKinds.Material or EntityKinds.Pattern or EntityKinds.Style } => true,
            _ => footwearWords.Contains(scan.WordAt(next)) || scan.WordAt(next) is "size" or "sizes",
        };
    }

    private static SizeSystem SystemOf(string word) => word switch { "uk" => SizeSystem.Uk, "us" => SizeSystem.Us, _ => SizeSystem.Eu };

    private static bool IsNumber(string word) => word.Length is > 0 and <= 3 && word.All(char.IsAsciiDigit);

    private static bool IsLetterSize(string label) => label.Length >= 1 && label.All(c => c is 'X' or 'S' or 'M' or 'L' or 'x' or 's' or 'm' or 'l');

    [GeneratedRegex(@"^(?<system>uk|eu|us)(?<n>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedSystem();

    [GeneratedRegex(@"^(?:w(?<n>\d{2})|(?<n>\d{2})w)$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedWaist();

    [GeneratedRegex(@"^l\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LegLength();

    [GeneratedRegex(@"^(?<n>\d{1,2})(?:y|yo|yr|yrs|years?)$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedAge();
}
