using Tailor.Assistant.Understanding.Intents;
using Tailor.Domain.Orders;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Understanding;

/// <summary>
/// Whether a message gives evidence of an order the shopper placed, so that an ambiguous verb ("cancel", "change",
/// "return") starts an order action only when an order is in sight. Words come from training/order_evidence.yaml.
/// </summary>
public sealed class OrderEvidence
{
    private static readonly Lazy<OrderEvidence> Shared = new(() => Load(TrainingData.File("order_evidence.yaml")));

    private readonly string[] _orderWords;
    private readonly string[] _faultWords;
    private readonly Dictionary<string, IReadOnlyList<string>> _alternatives;
    private readonly (string[] Words, OrderPick Pick)[] _picks;

    private OrderEvidence(double sureConfidence, IEnumerable<string> orderWords, IEnumerable<string> faultWords,
        Dictionary<string, IReadOnlyList<string>> alternatives, IEnumerable<PickEntry> picks)
    {
        SureConfidence = sureConfidence;
        _picks = [.. picks.Select(p => (p.Words.Select(Padded).ToArray(), new OrderPick([.. p.Statuses.Select(Enum.Parse<OrderStatus>)])))];
        _orderWords = [.. orderWords.Select(Padded)];
        _faultWords = [.. faultWords.Select(Padded)];
        _alternatives = alternatives;
    }

    /// <summary>The evidence words shipped with the repository.</summary>
    public static OrderEvidence Default => Shared.Value;

    /// <summary>Confidence at which the wording alone is evidence enough.</summary>
    public double SureConfidence { get; }

    /// <summary>True for the intents that act on an order and so need evidence.</summary>
    public bool Guards(string intent) => _alternatives.ContainsKey(intent);

    /// <summary>What to offer when <paramref name="intent"/> lacks evidence.</summary>
    public IReadOnlyList<string> AlternativesTo(string intent) => _alternatives.GetValueOrDefault(intent) ?? [intent];

    /// <summary>True when the words of <paramref name="text"/> point at an order (and, for returns and exchanges, at a fault).</summary>
    public bool InWords(string intent, string text)
    {
        var words = Padded(IntentText.Normalize(text));
        var faultCounts = intent is "start_return" or "start_exchange";
        return _orderWords.Any(words.Contains) || (faultCounts && _faultWords.Any(words.Contains));
    }

    /// <summary>How <paramref name="text"/> picks one of a list of orders without its number ("the delivered one"), if it does.</summary>
    public OrderPick? PickIn(string text)
    {
        var words = Padded(text);
        foreach (var (phrases, pick) in _picks)
            if (phrases.Any(words.Contains)) return pick;
        return null;
    }

    public static OrderEvidence Load(string path)
    {
        var file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<EvidenceFile>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} is empty.");
        return new OrderEvidence(file.SureConfidence, file.OrderWords ?? [], file.FaultWords ?? [],
            (file.Alternatives ?? []).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value), file.OrderPicks ?? []);
    }

    // Spaces on both sides make "order" match whole words only ("border" is not an order).
    private static string Padded(string words) => $" {IntentText.Normalize(words)} ";

    private sealed class EvidenceFile
    {
        public double SureConfidence { get; set; } = 1;

        public List<string>? OrderWords { get; set; }

        public List<string>? FaultWords { get; set; }

        public Dictionary<string, List<string>>? Alternatives { get; set; }

        public List<PickEntry>? OrderPicks { get; set; }
    }

    private sealed class PickEntry
    {
        public List<string> Statuses { get; set; } = [];

        public List<string> Words { get; set; } = [];
    }
}

/// <summary>A listed order picked by status ("the delivered one") or, with no statuses, the newest ("the most recent one").</summary>
public sealed record OrderPick(IReadOnlyList<OrderStatus> Statuses)
{
    public bool Newest => Statuses.Count == 0;
}
