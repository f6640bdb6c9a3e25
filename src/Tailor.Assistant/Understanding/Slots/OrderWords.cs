using System.Text.RegularExpressions;
using Tailor.Domain.Returns;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Understanding.Slots;

/// <summary>
/// Reads the answers to order-flow questions ("too small", "store credit", "both", "the address") using the phrases
/// of <c>training/order_words.yaml</c>. Only codes the store's settings offer can come out.
/// </summary>
public sealed partial class OrderWords
{
    private sealed class File
    {
        public List<string> Everything { get; set; } = [];
        public List<string> OtherLine { get; set; } = [];
        public Dictionary<string, int> Counts { get; set; } = [];
        public List<string> ChangeAddress { get; set; } = [];
        public List<string> ChangeItem { get; set; } = [];
        public List<string> ChangePayment { get; set; } = [];
        public List<string> ChangeAccount { get; set; } = [];
        public List<string> DeliveryAddress { get; set; } = [];
        public Dictionary<string, List<string>> PaymentTypes { get; set; } = [];
        public List<string> SizeUp { get; set; } = [];
        public List<string> SizeDown { get; set; } = [];
        public Dictionary<string, List<string>> RefundMethods { get; set; } = [];
        public Dictionary<string, List<string>> ReturnReasons { get; set; } = [];
        public List<string> FitProblems { get; set; } = [];
        public List<string> FitReasons { get; set; } = [];
        public Dictionary<string, List<string>> CancellationReasons { get; set; } = [];
        public List<string> AddressLeadIns { get; set; } = [];
        public List<string> PolicyQuestions { get; set; } = [];
    }

    private readonly File words;

    private OrderWords(File words) => this.words = words;

    public static OrderWords Load(string path) =>
        new(new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<File>(System.IO.File.ReadAllText(path)) ?? new File());

    /// <summary>"How long do I have to swap…": a question about the policy rather than a request to act on an order.</summary>
    public bool IsPolicyQuestion(string text)
    {
        var lower = Normalize(text).TrimStart();
        return words.PolicyQuestions.Any(q => lower.StartsWith(Normalize(q) + " ", StringComparison.Ordinal) || lower == Normalize(q));
    }

    /// <summary>"both", "all of them", "the whole order".</summary>
    public bool MeansEverything(string text) => Longest(text, words.Everything) > 0;

    /// <summary>"the other one", "no, the other item": the line not chosen so far.</summary>
    public bool MeansOther(string text) => Longest(text, words.OtherLine) > 0;

    /// <summary>"one", "two"… as a number; null for any other word.</summary>
    public int? Count(string word) => words.Counts.TryGetValue(word.ToLowerInvariant(), out var count) ? count : null;

    /// <summary>
    /// "address", "item", "payment" or "account" (the address on the account) when the message says what should
    /// change; the longest phrase wins, so "the address on my account" is the account and "pay by card" the payment.
    /// </summary>
    public string? ChangeKind(string text)
    {
        (string Kind, int Length)[] said =
        [
            ("account", Longest(text, words.ChangeAccount)), ("address", Longest(text, words.ChangeAddress)),
            ("payment", Longest(text, words.ChangePayment)), ("item", Longest(text, words.ChangeItem)),
        ];
        var best = said.MaxBy(s => s.Length);
        return best.Length == 0 ? null : best.Kind;
    }

    /// <summary>"The address on my order", "the delivery address": an order's address, not the account's.</summary>
    public bool MeansDelivery(string text) => Longest(text, words.DeliveryAddress) > 0;

    /// <summary>"card", "paypal" or "gift_card" when the message names a kind of payment method.</summary>
    public string? PaymentType(string text) => Longest(text, words.PaymentTypes.Keys, words.PaymentTypes);

    /// <summary>+1 for "a size up", −1 for "a size smaller", 0 when neither is said.</summary>
    public int SizeStep(string text)
    {
        var (up, down) = (Longest(text, words.SizeUp), Longest(text, words.SizeDown));
        return up == down ? 0 : up > down ? 1 : -1;
    }

    /// <summary>The message without "my new address is", "please send it to" and the like in front.</summary>
    public string WithoutAddressLeadIn(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        foreach (var lead in words.AddressLeadIns.OrderByDescending(l => l.Length))
            if (trimmed.StartsWith(lead + " ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith(lead + ":", StringComparison.OrdinalIgnoreCase))
                return trimmed[(lead.Length + 1)..].Trim();
        return trimmed;
    }

    public RefundMethod? RefundMethod(string text, IReadOnlyList<RefundMethod> allowed) =>
        Best(text, allowed.Select(m => m.ToString()).ToList(), words.RefundMethods) is { } method ? Enum.Parse<RefundMethod>(method) : null;

    public string? ReturnReason(string text, IReadOnlyList<string> codes) => Best(text, codes, words.ReturnReasons);

    /// <summary>The offered reason codes "doesn't fit" may mean (too small, too large), when the message says only that.</summary>
    public IReadOnlyList<string> FitReasons(string text, IReadOnlyList<string> codes) =>
        Longest(text, words.FitProblems) > 0 ? words.FitReasons.Where(codes.Contains).ToList() : [];

    public string? CancellationReason(string text, IReadOnlyList<string> codes) => Best(text, codes, words.CancellationReasons);

    // The code whose phrase matches longest among every code known, so "gift card" is never read as the "card" of
    // another method; it counts only when the store offers it. A code's own words are always one of its phrases.
    private static string? Best(string text, IReadOnlyList<string> offered, Dictionary<string, List<string>> phrases)
    {
        var best = Longest(text, offered.Union(phrases.Keys), phrases);
        return best is not null && offered.Contains(best) ? best : null;
    }

    private static string? Longest(string text, IEnumerable<string> codes, Dictionary<string, List<string>> phrases)
    {
        string? best = null;
        var bestLength = 0;
        foreach (var code in codes)
        {
            var own = code.Replace('-', ' ').Replace('_', ' ');
            var length = Longest(text, phrases.GetValueOrDefault(code, []).Append(own).Append(SplitWords(code)));
            if (length > bestLength) (best, bestLength) = (code, length);
        }
        return best;
    }

    /// <summary>Length of the longest phrase found in the text on word boundaries, 0 when none is.</summary>
    private static int Longest(string text, IEnumerable<string> phrases)
    {
        var lower = Normalize(text);
        var longest = 0;
        foreach (var phrase in phrases)
        {
            var wanted = Normalize(phrase);
            if (wanted.Length <= longest || wanted.Length == 0) continue;
            if (Regex.IsMatch(lower, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(wanted)}(?![\p{{L}}\p{{N}}])")) longest = wanted.Length;
        }
        return longest;
    }

    private static string Normalize(string text) => text.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');

    // "GiftCard" → "gift card".
    private static string SplitWords(string code) => CapitalStart().Replace(code, " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CapitalStart();
}
