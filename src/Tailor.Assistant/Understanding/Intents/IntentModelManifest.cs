namespace Tailor.Assistant.Understanding.Intents;

/// <summary>What a trained intent model was built from; saved next to the model zip as JSON.</summary>
/// <param name="Version">12 hex digits of the SHA-256 of the training examples and the training recipe.</param>
/// <param name="CreatedAt">When training finished.</param>
/// <param name="Intents">The intents the model can predict, in score order.</param>
/// <param name="ExampleCount">How many examples it was trained on.</param>
/// <param name="TrainingSeconds">Wall-clock training time.</param>
/// <param name="Trainer">The learning algorithm, e.g. "SdcaMaximumEntropy".</param>
public sealed record IntentModelManifest(
    string Version,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Intents,
    int ExampleCount,
    double TrainingSeconds,
    string Trainer);
