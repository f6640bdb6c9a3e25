using Tailor.Assistant.Respond;

namespace Tailor.Assistant.Conversations;

/// <summary>A message as the chat API shows it: shopper text is masked, assistant messages carry their parts.</summary>
public sealed record ChatMessageView(long Id, string Role, string Text, IReadOnlyList<MessagePart> Parts, DateTimeOffset CreatedAt);

/// <summary>A conversation's masked transcript.</summary>
public sealed record Transcript(string Id, DateTimeOffset CreatedAt, IReadOnlyList<ChatMessageView> Messages);

/// <summary>The answer to one shopper message; <see cref="Replayed"/> when a retried client message id returned the stored answer.</summary>
public sealed record TurnResult(IReadOnlyList<ChatMessageView> Messages, bool Replayed = false);

/// <summary>Why a message could not be handled at all.</summary>
public sealed class ChatRejection(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
