using System.Numerics.Tensors;
using System.Text;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>One training example close to a message: its intent (index into the intent list) and cosine similarity.</summary>
public readonly record struct Neighbour(int Intent, float Similarity);

/// <summary>
/// The sentence vectors of every training example with its intent, so a message can be matched to the examples
/// that mean the same thing even when they share no words. Computed once per training data and encoder version.
/// </summary>
public sealed class ExampleVectors
{
    private const int FormatVersion = 1;

    private readonly float[] _matrix;

    /// <summary>Vectors (unit length, <paramref name="dimensions"/> each, row after row) and each row's intent index.</summary>
    public ExampleVectors(IReadOnlyList<string> intents, int[] labels, float[] matrix, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(intents);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(matrix);
        if (dimensions <= 0 || matrix.Length != labels.Length * dimensions)
            throw new ArgumentException($"{labels.Length} examples of {dimensions} dimensions need {labels.Length * dimensions} values, not {matrix.Length}.", nameof(matrix));
        if (labels.Any(l => l < 0 || l >= intents.Count))
            throw new ArgumentException("An example's intent is outside the intent list.", nameof(labels));
        Intents = intents;
        Labels = labels;
        Dimensions = dimensions;
        _matrix = matrix;
    }

    /// <summary>The intents, in the order the labels index.</summary>
    public IReadOnlyList<string> Intents { get; }

    /// <summary>The intent index of each example.</summary>
    public IReadOnlyList<int> Labels { get; }

    public int Dimensions { get; }

    public int Count => Labels.Count;

    public ReadOnlySpan<float> Row(int index) => _matrix.AsSpan(index * Dimensions, Dimensions);

    /// <summary>
    /// The <paramref name="count"/> most similar examples, best first. <paramref name="include"/> (optional) limits the
    /// search to some examples: calibration leaves out the fold being predicted.
    /// </summary>
    public Neighbour[] Nearest(ReadOnlySpan<float> query, int count, Func<int, bool>? include = null)
    {
        if (query.Length != Dimensions) throw new ArgumentException($"The query has {query.Length} dimensions, not {Dimensions}.", nameof(query));
        var best = new Neighbour[Math.Min(count, Count)];
        var filled = 0;
        for (var i = 0; i < Count; i++)
        {
            if (include is not null && !include(i)) continue;
            var similarity = TensorPrimitives.Dot(query, Row(i));
            if (filled == best.Length && similarity <= best[^1].Similarity) continue;
            // Insertion into a short sorted array: cheaper than sorting thousands of similarities per message.
            var position = filled == best.Length ? best.Length - 1 : filled++;
            while (position > 0 && best[position - 1].Similarity < similarity)
            {
                best[position] = best[position - 1];
                position--;
            }

            best[position] = new Neighbour(Labels[i], similarity);
        }

        return filled == best.Length ? best : best[..filled];
    }

    /// <summary>Writes a small binary file: format, intents, dimensions, labels, then the vectors.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(Intents.Count);
        foreach (var intent in Intents) writer.Write(intent);
        writer.Write(Dimensions);
        writer.Write(Count);
        foreach (var label in Labels) writer.Write(label);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_matrix.AsSpan()));
    }

    /// <summary>Reads what <see cref="Save"/> wrote; throws <see cref="InvalidDataException"/> on a file of another shape.</summary>
    public static ExampleVectors Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != FormatVersion) throw new InvalidDataException("Unknown example vectors format.");
        var intents = new string[reader.ReadInt32()];
        for (var i = 0; i < intents.Length; i++) intents[i] = reader.ReadString();
        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (dimensions <= 0 || count < 0 || (long)dimensions * count > 100_000_000) throw new InvalidDataException("Implausible example vectors size.");
        var labels = new int[count];
        for (var i = 0; i < count; i++) labels[i] = reader.ReadInt32();
        var matrix = new float[count * dimensions];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(matrix.AsSpan());
        try
        {
            reader.BaseStream.ReadExactly(bytes);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The example vectors file is cut short.", e);
        }

        try
        {
            return new ExampleVectors(intents, labels, matrix, dimensions);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }
}
