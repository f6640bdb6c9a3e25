using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Guard.Evaluation;

/// <summary>A span of a message that must be masked, with the kind of personal data it is.</summary>
public sealed record LabelledSpan(PiiKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>One message of the evaluation set: its text and the spans that must be masked (none for a negative).</summary>
public sealed record LabelledMessage(string Text, IReadOnlyList<LabelledSpan> Spans);

/// <summary>
/// The masking evaluation set (training/eval/masking.yaml): messages with their personal data marked up inline as
/// &lt;kind&gt;text&lt;/kind&gt;, the kinds being the placeholder names ("card", "email", "name").
/// </summary>
public static partial class MaskingEvaluationSet
{
    /// <summary>Path of the shipped set relative to the repository's training folder.</summary>
    public const string DefaultFile = "eval/masking.yaml";

    public static IReadOnlyList<LabelledMessage> Load(string path)
    {
        var file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<SetFile>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty.");
        return [.. file.Messages.Select((line, i) => Parse(line, $"{Path.GetFileName(path)} message {i + 1}"))];
    }

    /// <summary>Reads one marked-up message: "call <phone>07700 900123</phone>" is the text and a phone span.</summary>
    public static LabelledMessage Parse(string markedUp, string where = "message")
    {
        var text = new StringBuilder(markedUp.Length);
        var spans = new List<LabelledSpan>();
        var copied = 0;
        foreach (Match tag in Tag().Matches(markedUp))
        {
            text.Append(markedUp, copied, tag.Index - copied);
            var kind = PiiKindNames.Parse(tag.Groups["kind"].Value);
            spans.Add(new LabelledSpan(kind, text.Length, tag.Groups["value"].Length));
            text.Append(tag.Groups["value"].Value);
            copied = tag.Index + tag.Length;
        }
        text.Append(markedUp, copied, markedUp.Length - copied);
        var plain = text.ToString();
        if (plain.Contains("</", StringComparison.Ordinal) || LooseTag().IsMatch(plain))
            throw new InvalidDataException($"{where}: unbalanced markup in \"{markedUp}\".");
        return new LabelledMessage(plain, spans);
    }

    [GeneratedRegex(@"<(?<kind>[a-z]+)>(?<value>[^<>]+)</\k<kind>>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<[a-z]+>", RegexOptions.CultureInvariant)]
    private static partial Regex LooseTag();

    private sealed class SetFile
    {
        public List<string> Messages { get; set; } = [];
    }
}
