namespace Tailor.Assistant.Understanding.Intents;

/// <summary>The intent training files are malformed; the message names the file and what to fix.</summary>
public sealed class TrainingDataException(string message, Exception? inner = null) : Exception(message, inner);
