using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Understanding;

/// <summary>
/// Finds where one message may hold a second request (<c>training/requests.yaml</c>): after a sentence end, or before a
/// joining word ("and", "also") followed by a word that starts a request ("what", "can", "do"…). It only proposes cuts;
/// the understander keeps one when both halves are understood with confidence as different kinds of request.
/// </summary>
public sealed class RequestSplitter
{
    public const string FileName = "requests.yaml";

    // A half needs two words to be a request of its own: "ok. thanks" or "hi! jeans" are one request.
    private const int MinWords = 2;
    private const int MaxCuts = 2;

    private readonly Regex cuts;

    public RequestSplitter(IEnumerable<string> joins, IEnumerable<string> starts)
    {
        var join = string.Join('|', joins.OrderByDescending(j => j.Length).Select(j => Regex.Escape(j).Replace(@"\ ", @"\s+")));
        // "whats" in the data also matches "what's" and "what’s".
        var start = string.Join('|', starts.Distinct().OrderByDescending(s => s.Length)
            .Select(s => string.Join("['’]?", s.Select(c => Regex.Escape(c.ToString())))));
        // Group "rest" starts where the second request begins: after the punctuation, or at the word after the join.
        cuts = new Regex($@"(?:[.?!;]+\s+|,?\s+(?:{join})\s+(?=(?:{start})\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static readonly RequestSplitter None = new([], []);

    public static RequestSplitter Load(string file)
    {
        var data = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<RequestWords>(File.ReadAllText(file)) ?? new RequestWords();
        return new RequestSplitter(data.Joins, data.Starts);
    }

    /// <summary>The ways to cut the message in two, first cut first; none when it reads as one request.</summary>
    public IReadOnlyList<(string First, string Second)> Cuts(string text)
    {
        var found = new List<(string, string)>();
        foreach (Match match in cuts.Matches(text))
        {
            var first = text[..match.Index].Trim();
            var second = text[(match.Index + match.Length)..].Trim();
            if (Words(first) < MinWords || Words(second) < MinWords) continue;
            found.Add((first, second));
            if (found.Count == MaxCuts) break;
        }
        return found;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private sealed class RequestWords
    {
        public List<string> Joins { get; set; } = [];
        public List<string> Starts { get; set; } = [];
    }
}
