namespace Tailor.Assistant.Understanding.Intents;

// ML.NET binds these by property name; they are the model's input and output columns.

/// <summary>A message going into the intent model; Label is only set while training.</summary>
internal sealed class IntentInput
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";
}

/// <summary>The model's probability for every intent, in the order of the label key.</summary>
internal sealed class IntentOutput
{
    public float[] Score { get; set; } = [];
}
