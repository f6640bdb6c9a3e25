using System.Globalization;

namespace Tailor.Assistant.Respond;

/// <summary>Collects the parts of one assistant reply. Text comes from templates; variants are picked stably per turn.</summary>
public sealed class ReplyBuilder(ResponseTemplates templates, int seed, CultureInfo culture)
{
    private readonly List<MessagePart> parts = [];
    private readonly List<string> said = [];
    private int picks;

    public CultureInfo Culture => culture;

    /// <summary>The template keys said so far, in order: what the turn log classifies the outcome from.</summary>
    public IReadOnlyList<string> Said => said;

    public ReplyBuilder Say(string key, params (string Name, object? Value)[] values)
    {
        said.Add(key);
        return Text(Render(key, values));
    }

    /// <summary>Renders a template without adding it, for text nested in another template.</summary>
    public string Render(string key, params (string Name, object? Value)[] values) =>
        templates.Render(key, seed + picks++, values.ToDictionary(v => v.Name, v => Format(v.Value)));

    public ReplyBuilder Text(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return this;
        // Consecutive sentences read as one paragraph.
        if (parts.Count > 0 && parts[^1] is TextPart previous)
            parts[^1] = new TextPart($"{previous.Text} {text.Trim()}");
        else
            parts.Add(new TextPart(text.Trim()));
        return this;
    }

    public ReplyBuilder Add(MessagePart part)
    {
        parts.Add(part);
        return this;
    }

    public ReplyBuilder QuickReplies(IEnumerable<string> options)
    {
        var list = options.Where(o => !string.IsNullOrWhiteSpace(o)).Distinct(StringComparer.OrdinalIgnoreCase).Take(6).ToList();
        if (list.Count > 0) parts.Add(new QuickRepliesPart(list));
        return this;
    }

    public bool HasQuickReplies => parts.Any(p => p is QuickRepliesPart);

    public string Money(decimal amount) => amount.ToString("C", culture);

    public AssistantReply Build() => new(parts.ToList());

    private string Format(object? value) => value switch
    {
        null => "",
        decimal money => Money(money),
        double number => number.ToString("0.#", culture),
        DateOnly date => date.ToString("dddd d MMMM yyyy", culture),
        IFormattable formattable => formattable.ToString(null, culture),
        _ => value.ToString() ?? "",
    };
}
