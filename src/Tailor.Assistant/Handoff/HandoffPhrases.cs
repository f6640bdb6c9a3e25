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
    private readonly Regex personRequest;

    private HandoffPhrases(IReadOnlyList<(string, Regex)> topics, Regex personRequest, ResponseTemplates replies, IReadOnlyDictionary<string, string> canned)
    {
        this.topics = topics;
        this.personRequest = personRequest;
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
        return new HandoffPhrases(topics, PersonRequest(file.PersonRequests), ResponseTemplates.Parse(replies), file.CannedReplies);
    }

    /// <summary>The first sensitive topic the (masked) message touches, or null.</summary>
    public string? SensitiveTopicIn(string maskedText) =>
        topics.FirstOrDefault(t => t.Pattern.IsMatch(maskedText)).Topic;

    /// <summary>Whether the (masked) message asks for a person: "can I talk to someone", "get me a human", "agent please".</summary>
    public bool AsksForPerson(string maskedText) => personRequest.IsMatch(maskedText.Replace("'", "").Replace("’", ""));

    private static Regex WholeWords(IEnumerable<string> phrases) =>
        new($@"\b(?:{Alternatives(phrases)})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static string Alternatives(IEnumerable<string> phrases) =>
        string.Join('|', phrases.OrderByDescending(p => p.Length).Select(p => Regex.Escape(p.Trim()).Replace(@"\ ", @"\s+")));

    // "talk to … someone", "I want … a real person" (up to three words between), or a person word alone with "please".
    private static Regex PersonRequest(PersonRequestWords words)
    {
        if (words.People.Count == 0) return new Regex("(?!)");
        var (ask, want, people, anyone) = (Alternatives(words.Ask), Alternatives(words.Want), Alternatives(words.People), Alternatives(words.Anyone));
        var gap = @"(?:\s+\S+){0,3}?\s+";
        var asking = words.Ask.Count == 0 ? "(?!)" : $@"\b(?:{ask}){gap}(?:(?:a|an|the|your|some)\s+)?(?:{people}|{anyone})\b";
        var wanting = words.Want.Count == 0 ? "(?!)" : $@"\b(?:{want}){gap}(?:{people})\b";
        var extras = words.AloneExtras.Count == 0 ? "" : $@"(?:\W+(?:{Alternatives(words.AloneExtras)}))*";
        var alone = $@"^\W*(?:(?:a|an|the)\s+)?(?:{people}){extras}\W*$";
        return new Regex($"{asking}|{wanting}|{alone}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private sealed class HandoffFile
    {
        public Dictionary<string, List<string>> SensitiveTopics { get; set; } = [];
        public Dictionary<string, List<string>> Replies { get; set; } = [];
        public Dictionary<string, string> CannedReplies { get; set; } = [];
        public PersonRequestWords PersonRequests { get; set; } = new();
    }

    private sealed class PersonRequestWords
    {
        public List<string> Ask { get; set; } = [];
        public List<string> Want { get; set; } = [];
        public List<string> People { get; set; } = [];
        public List<string> Anyone { get; set; } = [];
        public List<string> AloneExtras { get; set; } = [];
    }
}
