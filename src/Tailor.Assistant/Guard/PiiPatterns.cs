using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Guard;

/// <summary>A kind of personal data found by a compiled pattern whose "value" group is the span to mask.</summary>
internal sealed record PiiPattern(PiiKind Kind, Regex Regex);

/// <summary>
/// The guard's data file (pii-patterns.yaml): cue words and shapes for card security codes and expiry dates, social
/// security numbers, dates of birth and Eircodes, the words around card numbers, spelled-out e-mail addresses and names.
/// </summary>
internal sealed class PiiPatterns
{
    private const string Resource = "Tailor.Assistant.Guard.pii-patterns.yaml";
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.Compiled;
    // "is", "number", ":" and the like between a cue and its value: "security code is 123", "SSN no. 123-45-6789".
    private const string Filler = @"[ .:=\#-]{0,3}(?:(?:is|are|was|on|of|number|no\.?|nr\.?)[ .:=\#-]{1,3}){0,2}";
    // A value ends where a word, or a longer number or date, does not go on.
    private const string ValueEnd = @"(?![\p{L}\p{N}]|[.,/:-][0-9])";

    public static PiiPatterns Shared { get; } = LoadEmbedded();

    private PiiPatterns(PatternFile file)
    {
        Cued = [.. file.Cued.Select(c => new PiiPattern(PiiKindNames.Parse(c.Kind),
            new Regex($@"{Words(c.Cues)}{Filler}(?<value>{c.Value}){ValueEnd}", Options)))];
        Shaped = [.. file.Shaped.Select(s => new PiiPattern(PiiKindNames.Parse(s.Kind),
            new Regex($@"(?<![\p{{L}}\p{{N}}-])(?<value>{s.Pattern})(?![\p{{L}}\p{{N}}]|-[0-9])", Options)))];
        var cardCues = file.Cued.Where(c => PiiKindNames.Parse(c.Kind) == PiiKind.PaymentCard).ToList();
        CardDetailAfterNumber = new Regex(
            $@"\G[ ,;]{{1,3}}(?:{Words(cardCues.SelectMany(c => c.Cues))}{Filler})?(?<value>{string.Join('|', cardCues.Select(c => $"(?:{c.Value})"))}){ValueEnd}",
            Options);
        CardWords = new Regex(Words(file.CardWords), Options);
        EmailCues = new Regex(Words(file.EmailCues), Options);
        MailboxProviders = new HashSet<string>(file.MailboxProviders, StringComparer.OrdinalIgnoreCase);
        EmailEndings = string.Join('|', file.EmailEndings.Select(Regex.Escape));
        NameIntros = new Regex($@"{Words(file.NameIntros)}[ ]?[:,-]?[ ]?(?=\p{{L}})", Options);
        CapitalisedNameIntros = new Regex($@"{Words(file.CapitalisedNameIntros)}[ ]?[:,-]?[ ]?(?=\p{{L}})", Options);
        NameEnds = new Regex($@"\G(?:[ ]?[,.!?;:)(]|[ ]{Words(file.NameEnds)}|$)", Options);
        NameEndWords = new HashSet<string>(file.NameEnds, StringComparer.OrdinalIgnoreCase);
        FirstNames = new HashSet<string>(file.FirstNames, StringComparer.OrdinalIgnoreCase);
        NotNames = new HashSet<string>(file.NotNames, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Values after their cue words: "cvv 123", "exp 12/27", "ssn 123 45 6789", "date of birth 12/03/1988".</summary>
    public IReadOnlyList<PiiPattern> Cued { get; }

    /// <summary>Shapes that are personal data wherever they stand: "078-05-1120", "D02 X285".</summary>
    public IReadOnlyList<PiiPattern> Shaped { get; }

    /// <summary>An expiry date or security code straight after a card number, with or without its cue: "… 1111 12/26 123".</summary>
    public Regex CardDetailAfterNumber { get; }

    public Regex CardWords { get; }
    public Regex EmailCues { get; }
    public IReadOnlySet<string> MailboxProviders { get; }

    /// <summary>Top-level domains as a regex alternation, for the last label of a spelled-out address.</summary>
    public string EmailEndings { get; }

    public Regex NameIntros { get; }
    public Regex CapitalisedNameIntros { get; }

    /// <summary>What may follow a name given after a capitalised intro: punctuation, the end, or "here", "and", "from"….</summary>
    public Regex NameEnds { get; }

    public IReadOnlySet<string> NameEndWords { get; }
    public IReadOnlySet<string> FirstNames { get; }
    public IReadOnlySet<string> NotNames { get; }

    private static PiiPatterns LoadEmbedded()
    {
        using var stream = typeof(PiiPatterns).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The guard's data file {Resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<PatternFile>(reader.ReadToEnd()) ?? throw new InvalidDataException($"{Resource} is empty.");
        return new PiiPatterns(file);
    }

    // Whole words, longest first so "date of birth" wins over "birth"; a typed apostrophe matches a curly one.
    private static string Words(IEnumerable<string> phrases) =>
        @"(?<![\p{L}\p{N}'’])(?:" + string.Join('|', phrases.Select(p => p.Trim()).Distinct().OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p).Replace("'", "['’]", StringComparison.Ordinal))) + @")(?![\p{L}\p{N}])";

    private sealed class PatternFile
    {
        public List<CuedEntry> Cued { get; set; } = [];
        public List<ShapedEntry> Shaped { get; set; } = [];
        public List<string> CardWords { get; set; } = [];
        public List<string> EmailCues { get; set; } = [];
        public List<string> MailboxProviders { get; set; } = [];
        public List<string> EmailEndings { get; set; } = [];
        public List<string> NameIntros { get; set; } = [];
        public List<string> CapitalisedNameIntros { get; set; } = [];
        public List<string> NameEnds { get; set; } = [];
        public List<string> FirstNames { get; set; } = [];
        public List<string> NotNames { get; set; } = [];
    }

    private sealed class CuedEntry
    {
        public string Kind { get; set; } = "";
        public List<string> Cues { get; set; } = [];
        public string Value { get; set; } = "";
    }

    private sealed class ShapedEntry
    {
        public string Kind { get; set; } = "";
        public string Pattern { get; set; } = "";
    }
}
