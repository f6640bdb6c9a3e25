using System.Reflection;
using System.Text.RegularExpressions;
using Tailor.Assistant.Respond;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Handoff;

/// <summary>The handoff's data file: the sensitive topics that always go to a person and the replies said around a handoff.</summary>
public sealed class HandoffPhrases
{
    private readonly IReadOnlyList<(string Topic, Regex Pattern)> topics;

    private HandoffPhrases(IReadOnlyList<(string, Regex)> topics, ResponseTemplates replies, IReadOnlyDictionary<string, string> canned)
    {
        this.topics = topics;
        Replies = replies;
        CannedReplies = canned;
    }

    /// <summary>Ready-made agent replies by title, in the order of the data file.</summary>
    public IReadOnlyDictionary<string, string> CannedReplies { get; }

    /// <summary>Handoff replies, rendered like the assistant's other templates.</summary>
    public ResponseTemplates Replies { get; }

    public IEnumerable<string> Topics => topics.Select(t => t.Topic);

    public static HandoffPhrases LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tailor.Assistant.Handoff.handoff.yaml")
            ?? throw new InvalidOperationException("The handoff data file is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static HandoffPhrases Parse(string yaml)
    {
        var file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<HandoffFile>(yaml)
            ?? throw new InvalidDataException("The handoff data file is empty.");
        var topics = file.SensitiveTopics.Select(t => (t.Key, WholeWords(t.Value))).ToList();
        var replies = new SerializerBuilder().Build().Serialize(file.Replies);
        return new HandoffPhrases(topics, ResponseTemplates.Parse(replies), file.CannedReplies);
    }

    /// <summary>The first sensitive topic the (masked) message touches, or null.</summary>
    public string? SensitiveTopicIn(string maskedText) =>
        topics.FirstOrDefault(t => t.Pattern.IsMatch(maskedText)).Topic;

    private static Regex WholeWords(IEnumerable<string> phrases) =>
        new($@"\b(?:{string.Join('|', phrases.Select(p => Regex.Escape(p.Trim()).Replace(@"\ ", @"\s+")))})\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private sealed class HandoffFile
    {
        public Dictionary<string, List<string>> SensitiveTopics { get; set; } = [];
        public Dictionary<string, List<string>> Replies { get; set; } = [];
        public Dictionary<string, string> CannedReplies { get; set; } = [];
    }
}
