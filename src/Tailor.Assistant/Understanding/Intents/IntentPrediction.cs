namespace Tailor.Assistant.Understanding.Intents;

/// <summary>An intent and how sure the model is of it (a softmax probability, 0–1).</summary>
public sealed record IntentScore(string Intent, float Confidence);

/// <summary>What the intent model thinks a message means.</summary>
/// <param name="Intent">The most likely intent.</param>
/// <param name="Confidence">Its probability, 0–1; the dialogue treats low values as "not sure".</param>
/// <param name="TopIntents">The three most likely intents, best first (the first is <paramref name="Intent"/>).</param>
public sealed record IntentPrediction(string Intent, float Confidence, IReadOnlyList<IntentScore> TopIntents);
