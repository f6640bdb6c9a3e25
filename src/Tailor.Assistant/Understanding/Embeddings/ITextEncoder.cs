namespace Tailor.Assistant.Understanding.Embeddings;

/// <summary>
/// Turns text into a unit-length sentence vector, so that texts meaning the same thing lie close together
/// (cosine = dot product). Thread-safe. When switched off (<see cref="IsAvailable"/> false) every caller keeps working
/// on words alone.
/// </summary>
public interface ITextEncoder
{
    /// <summary>False when the encoder is switched off; then <see cref="Encode"/> and <see cref="EncodeBatch"/> throw.</summary>
    bool IsAvailable { get; }

    /// <summary>The model and its version ("minilm-l6-v2/24.9.52193"): stored vectors of another version are rebuilt.</summary>
    string ModelVersion { get; }

    /// <summary>Vector length (384 for MiniLM).</summary>
    int Dimensions { get; }

    /// <summary>One text, from the cache when it was encoded recently.</summary>
    float[] Encode(string text);

    /// <summary>Many texts at once (faster per text), uncached: for catalogs and training sets.</summary>
    float[][] EncodeBatch(IReadOnlyList<string> texts, CancellationToken ct);
}

/// <summary>Vector arithmetic on unit vectors.</summary>
public static class Vectors
{
    /// <summary>Cosine similarity of two unit vectors.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);
}
