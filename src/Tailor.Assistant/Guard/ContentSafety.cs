using System.Reflection;
using System.Text.RegularExpressions;
using Tailor.Assistant.Respond;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Guard;

/// <summary>
/// The content-safety word lists and replies (content-safety.yaml): spots abuse and requests the assistant must refuse in a
/// masked message, and holds what to say. Word lists are a first line only: order actions are guarded by the flows and the
/// tools, never by recognising bad words.
/// </summary>
public sealed class ContentSafety
{
    private readonly Regex abuse;
    private readonly IReadOnlyList<(string Topic, Regex Pattern)> unsafeTopics;

    private ContentSafety(Regex abuse, IReadOnlyList<(string, Regex)> unsafeTopics, ResponseTemplates replies)
    {
        this.abuse = abuse;
        this.unsafeTopics = unsafeTopics;
        Replies = replies;
    }

    public static ContentSafety Shared { get; } = LoadEmbedded();

    public ResponseTemplates Replies { get; }

    public static ContentSafety Parse(string yaml)
    {
        var file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<SafetyFile>(yaml)
            ?? throw new InvalidDataException("The content-safety data file is empty.");
        var replies = ResponseTemplates.Parse(new SerializerBuilder().Build().Serialize(file.Replies));
        return new ContentSafety(WholeWords(file.Abuse), [.. file.Unsafe.Select(t => (t.Key, WholeWords(t.Value)))], replies);
    }

    /// <summary>The concern in a masked message, unsafe requests first (they are refused even when worded rudely), or null.</summary>
    public ContentConcern? Assess(string maskedText)
    {
        foreach (var (topic, pattern) in unsafeTopics)
            if (pattern.Match(maskedText) is { Success: true } match) return new ContentConcern(ConcernKind.Unsafe, topic, match.Value);
        return abuse.Match(maskedText) is { Success: true } insult ? new ContentConcern(ConcernKind.Abuse, "abuse", insult.Value) : null;
    }

    private static ContentSafety LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tailor.Assistant.Guard.content-safety.yaml")
            ?? throw new InvalidOperationException("The content-safety data file is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    // A typed apostrophe also matches a curly one, and any run of spaces a single one.
    private static Regex WholeWords(IEnumerable<string> phrases) =>
        new($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', phrases.Select(p => p.Trim()).OrderByDescending(p => p.Length)
                .Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace("'", "['’]?", StringComparison.Ordinal)))})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private sealed class SafetyFile
    {
        public List<string> Abuse { get; set; } = [];
        public Dictionary<string, List<string>> Unsafe { get; set; } = [];
        public Dictionary<string, List<string>> Replies { get; set; } = [];
    }
}
