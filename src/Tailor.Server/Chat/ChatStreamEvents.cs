using System.Globalization;
using System.Net.ServerSentEvents;
using System.Text.RegularExpressions;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Respond;

namespace Tailor.Server.Chat;

/// <summary>Data of <c>message.start</c>: sent before the turn runs, so the shopper sees at once that the message arrived.</summary>
public sealed record StreamStarted(string ConversationId, string ClientMessageId);

/// <summary>Data of <c>text.delta</c>: the next words of an assistant message's text.</summary>
public sealed record TextDelta(long MessageId, string Role, string Text);

/// <summary>Data of <c>part</c>: a non-text part (product cards, quick replies, citation, order card) of an assistant message.</summary>
public sealed record PartEvent(long MessageId, string Role, MessagePart Part);

/// <summary>Data of <c>message.end</c>: the turn is complete; the ids are those of the assistant messages it produced.</summary>
public sealed record StreamEnded(IReadOnlyList<long> MessageIds);

/// <summary>Data of <c>error</c>: the turn failed after the stream started; <see cref="Retryable"/> says whether resending can help.</summary>
public sealed record StreamFailed(string Title, string Detail, bool Retryable);

/// <summary>
/// Numbers the events of one turn as <c>clientMessageId:seq</c>. The same answer always gives the same sequence, so a client
/// that reconnects with Last-Event-ID gets exactly the events after it, and none twice.
/// </summary>
public sealed partial class ChatEventSequence(string clientMessageId, int resumeAfter)
{
    public const string Start = "message.start";
    public const string Delta = "text.delta";
    public const string Part = "part";
    public const string End = "message.end";
    public const string Error = "error";

    private int seq;

    public string ClientMessageId { get; } = clientMessageId;

    /// <summary>The next numbered event, or none when the client already has it.</summary>
    public SseItem<object>? Next(string type, object data) =>
        ++seq > resumeAfter ? new SseItem<object>(data, type) { EventId = $"{ClientMessageId}:{seq.ToString(CultureInfo.InvariantCulture)}" } : null;

    /// <summary>Every event of a finished turn after <c>message.start</c>: text as word-sized deltas, other parts whole, then the end.</summary>
    public IEnumerable<SseItem<object>> Answer(IReadOnlyList<ChatMessageView> messages)
    {
        foreach (var message in messages)
            foreach (var part in message.Parts)
            {
                var events = part is TextPart text
                    ? Words(text.Text).Select(words => Next(Delta, new TextDelta(message.Id, message.Role, words)))
                    : [Next(Part, new PartEvent(message.Id, message.Role, part))];
                foreach (var item in events)
                    if (item is { } sent) yield return sent;
            }
        if (Next(End, new StreamEnded(messages.Select(m => m.Id).ToList())) is { } end) yield return end;
    }

    /// <summary>A failure is not numbered: resending after it must not skip any event of the answer.</summary>
    public static SseItem<object> Failure(StreamFailed failure) => new(failure, Error);

    /// <summary>The seq to resume after, from a Last-Event-ID of this client message; 0 (send everything) otherwise.</summary>
    public static int ResumePoint(string? lastEventId, string clientMessageId)
    {
        if (lastEventId is null) return 0;
        var colon = lastEventId.LastIndexOf(':');
        return colon > 0 && lastEventId.AsSpan(0, colon).SequenceEqual(clientMessageId)
            && int.TryParse(lastEventId.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var after)
            ? after : 0;
    }

    /// <summary>Splits text into words with their trailing spaces; joined again they give the text back exactly.</summary>
    public static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\s*\S+\s*")]
    private static partial Regex WordPattern();
}
