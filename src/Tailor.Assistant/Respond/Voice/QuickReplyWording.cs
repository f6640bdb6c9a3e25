using System.Globalization;
using YamlDotNet.Serialization;

namespace Tailor.Assistant.Respond.Voice;

/// <summary>The quick replies offered under answers (quick-replies.yaml, then the store's voice), money in the store's currency.</summary>
public sealed class QuickReplyWording
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> replies;
    private readonly string budget;

    private QuickReplyWording(IReadOnlyDictionary<string, IReadOnlyList<string>> replies, string budget) =>
        (this.replies, this.budget) = (replies, budget);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Shipped { get; } = LoadShipped();

    /// <summary>The shipped quick replies with <paramref name="voice"/>'s over them; <paramref name="budget"/> as the store writes money.</summary>
    public static QuickReplyWording Create(StoreVoice voice, List<string> problems, decimal budget, CultureInfo culture) =>
        new(VoiceCheck.Merge(Shipped, voice.QuickReplies, "quick_replies", problems), budget.ToString("C0", culture));

    public IReadOnlyList<string> For(string key) =>
        replies.TryGetValue(key, out var labels)
            ? labels.Select(l => l.Replace("{budget}", budget, StringComparison.Ordinal)).ToList()
            : throw new KeyNotFoundException($"No quick replies '{key}'.");

    private static Dictionary<string, IReadOnlyList<string>> LoadShipped()
    {
        using var stream = typeof(QuickReplyWording).Assembly.GetManifestResourceStream("Tailor.Assistant.Respond.quick-replies.yaml")
            ?? throw new InvalidOperationException("quick-replies.yaml is not embedded in Tailor.Assistant.");
        var raw = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>>>(new StreamReader(stream).ReadToEnd());
        return raw.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value);
    }
}
