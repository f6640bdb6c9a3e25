using Tailor.Assistant.Understanding.Intents;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>The prompt-injection evaluation set (training/eval/injection.yaml): direct attacks and content carrying instructions.</summary>
public sealed class InjectionSet
{
    public List<string> Direct { get; set; } = [];
    public IndirectAttacks Indirect { get; set; } = new();

    public static InjectionSet Load() =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<InjectionSet>(File.ReadAllText(TrainingData.File("eval/injection.yaml")));

    public sealed class IndirectAttacks
    {
        public List<SeededReview> Reviews { get; set; } = [];
        public List<SeededPolicy> Policies { get; set; } = [];
        public List<string> Questions { get; set; } = [];
    }

    public sealed class SeededReview
    {
        public string Title { get; set; } = "";
        public string Text { get; set; } = "";
    }

    public sealed class SeededPolicy
    {
        public string Title { get; set; } = "";
        public string Markdown { get; set; } = "";
    }
}
