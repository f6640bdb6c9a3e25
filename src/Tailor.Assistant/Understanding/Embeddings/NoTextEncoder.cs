namespace Tailor.Assistant.Understanding.Embeddings;

/// <summary>The encoder switched off (<c>Tailor:Encoder:Enabled=false</c>): callers check <see cref="IsAvailable"/> and use words alone.</summary>
public sealed class NoTextEncoder : ITextEncoder
{
    public bool IsAvailable => false;
    public string ModelVersion => "none";
    public int Dimensions => 0;
    public float[] Encode(string text) => throw Off();
    public float[][] EncodeBatch(IReadOnlyList<string> texts, CancellationToken ct) => throw Off();

    private static InvalidOperationException Off() => new("The sentence encoder is switched off (Tailor:Encoder:Enabled=false).");
}
