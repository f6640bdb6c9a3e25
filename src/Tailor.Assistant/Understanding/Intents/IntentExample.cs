namespace Tailor.Assistant.Understanding.Intents;

/// <summary>One labelled shopper message the intent model learns from.</summary>
public sealed record IntentExample(string Intent, string Text);

/// <summary>An intent as declared in a training file, with the file it came from.</summary>
public sealed record IntentDefinition(string Name, string Description, IReadOnlyList<string> Examples, string SourceFile);
