namespace Tailor.Assistant.Guard;

/// <summary>Why a message needs the content-safety reply instead of the dialogue: abuse, or a request to refuse.</summary>
public enum ConcernKind { Abuse, Unsafe }

/// <summary>A content-safety concern the guard found: its kind, the topic (for unsafe requests) and the phrase that showed it.</summary>
public sealed record ContentConcern(ConcernKind Kind, string Topic, string Phrase);
