using System.Text.RegularExpressions;
using Tailor.Assistant.Guard;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Understanding.Slots;

/// <summary>
/// Reads the answer to the question a flow asked: the slot it expects first, and the other slots of the same flow
/// whose choices it offered. The one place that parses the shopper's words for order flows.
/// </summary>
public sealed partial class SlotReader(OrderWords words, AddressReader addresses)
{
    public SlotValues Read(string text, ExpectedSlot expected)
    {
        var variant = expected.Variant is { } options ? ReadVariant(text, options) : (null, 0, null);
        var reason = expected.ReturnReasons.Count > 0 ? words.ReturnReason(text, expected.ReturnReasons) : null;
        return new SlotValues
        {
            ReturnReason = reason,
            FitReasons = reason is null && expected.ReturnReasons.Count > 0 ? words.FitReasons(text, expected.ReturnReasons) : [],
            CancellationReason = expected.CancellationReasons.Count > 0 ? words.CancellationReason(text, expected.CancellationReasons) : null,
            Refund = expected.RefundMethods.Count > 0 ? words.RefundMethod(text, expected.RefundMethods) : null,
            ChangeKind = expected.Slot is SlotKind.ChangeKind ? words.ChangeKind(text) : null,
            Lines = expected.Lines.Count > 0 ? LineMatcher.Named(text, expected.Lines, words) : [],
            OtherLine = expected.Lines.Count > 1 && words.MeansOther(text),
            AllLines = expected.Lines.Count > 1 && words.MeansEverything(text),
            Units = expected.Lines.Count > 0 ? UnitsOf(text) : null,
            Size = variant.Size,
            SizeStep = variant.Step,
            Color = variant.Color,
            OptionValues = expected.Variant is { Others.Count: > 0 } others ? others.Others.Where(v => LineMatcher.Says(text, v)).ToList() : [],
            Code = expected.Slot is SlotKind.Code ? Code(text) : null,
        };
    }

    /// <summary>"address", "item", "payment" or "account" when the message says what should change.</summary>
    public string? ChangeKind(string text) => words.ChangeKind(text);

    /// <summary>Whether the message means an order's delivery address rather than the account's.</summary>
    public bool MeansDelivery(string text) => words.MeansDelivery(text);

    /// <summary>Which of the offered saved payment methods the message names (<see cref="PaymentChoice"/>).</summary>
    public int? PaymentMethod(string text, IReadOnlyList<SavedPaymentMethod> offered) => PaymentChoice.Of(text, offered, words);

    /// <summary>"How long do I have to swap…": a question about the policy rather than a request to act on an order.</summary>
    public bool IsPolicyQuestion(string text) => words.IsPolicyQuestion(text);

    /// <summary>A new delivery address in the same country as <paramref name="current"/>, or null.</summary>
    public Address? Address(string text, Address current) => addresses.Read(text, current);

    /// <summary>The code digits in a message ("123456", "123 456", "my code is 123-456"), or null.</summary>
    public static string? Code(string text)
    {
        var found = OneTimeCodeFinder.FirstIn(text);
        return found is null ? null : string.Concat(text.Substring(found.Start, found.Length).Where(char.IsAsciiDigit));
    }

    // A new size or colour: a bare "12" or "uk 7" is a size here, as the question asked for one; letter sizes are left
    // to the entity recognizer, which knows the "m" of "I'm" is not one.
    private (string? Size, int Step, string? Color) ReadVariant(string text, VariantOptions options)
    {
        // Sizes that are words ("Long", "Petite" as a length or a size run) are read when said outright.
        var size = SizeInText(text, options.Sizes)
            ?? options.Sizes.Where(s => s.Length > 2 && s.All(char.IsLetter)).FirstOrDefault(s => LineMatcher.Says(text, s));
        var step = size is null ? words.SizeStep(text) : 0;
        // A product without colours has "" for one: that must never match any text.
        var color = options.Colors.Where(c => c.Length > 0).OrderByDescending(c => c.Length)
            .FirstOrDefault(c => Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(c)}(?![\p{{L}}])", RegexOptions.IgnoreCase));
        return (size, step, color);
    }

    private static string? SizeInText(string text, IReadOnlyList<string> sizes)
    {
        var tokens = Token().Matches(text.ToUpperInvariant()).Select(m => m.Value).ToList();
        var candidates = tokens.Concat(tokens.Zip(tokens.Skip(1), (a, b) => a + b)).Select(Sizes.Key).ToHashSet(StringComparer.Ordinal);
        return sizes.Where(s => s.Any(char.IsAsciiDigit)).FirstOrDefault(s => candidates.Contains(Sizes.Key(s)));
    }

    // "just one of the t-shirts", "2 of them": some units of a line bought several times.
    private int? UnitsOf(string text) =>
        UnitsOfLine().Match(text) is { Success: true } match
            ? int.TryParse(match.Groups["count"].Value, out var digits) ? digits : words.Count(match.Groups["count"].Value)
            : null;

    [GeneratedRegex(@"\b(?:just|only)?\s*(?<count>\d{1,2}|[a-z]+)\s+of\s+(?:them|those|these|the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitsOfLine();

    [GeneratedRegex(@"[A-Z0-9/-]+")]
    private static partial Regex Token();
}
