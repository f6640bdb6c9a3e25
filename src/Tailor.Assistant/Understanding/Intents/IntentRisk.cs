using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>
/// Which intents only answer a question (cheap to get wrong) and at what agreement of the two models they act;
/// read from <c>training/intent_risk.yaml</c>. Every other intent keeps the blend's fitted thresholds.
/// </summary>
public sealed record IntentRisk(double AgreementAbove, IReadOnlySet<string> Answers)
{
    public const string FileName = "intent_risk.yaml";

    /// <summary>No intent treated as an answer: the fitted thresholds apply to all.</summary>
    public static readonly IntentRisk Uniform = new(1.01, new HashSet<string>());

    private static readonly Lazy<IntentRisk> Shipped = new(() => Load(TrainingData.File(FileName)));

    /// <summary>The policy in the repository's training folder.</summary>
    public static IntentRisk Default => Shipped.Value;

    public static IntentRisk Load(string path)
    {
        var file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<RiskFile>(File.ReadAllText(path));
        return new IntentRisk(file.AgreementAbove, new HashSet<string>(file.Answers, StringComparer.Ordinal));
    }

    /// <summary>The n-gram confidence from which the two models agreeing on <paramref name="intent"/> acts.</summary>
    public double AgreementFor(string intent, double fitted) => Answers.Contains(intent) ? Math.Min(fitted, AgreementAbove) : fitted;

    private sealed class RiskFile
    {
        public double AgreementAbove { get; set; } = 1.01;
        public List<string> Answers { get; set; } = [];
    }
}
