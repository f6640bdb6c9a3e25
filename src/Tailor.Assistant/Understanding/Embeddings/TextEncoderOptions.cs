using System.ComponentModel.DataAnnotations;

namespace Tailor.Assistant.Understanding.Embeddings;

/// <summary>Settings of the sentence encoder (<c>Tailor:Encoder</c>).</summary>
public sealed class TextEncoderOptions
{
    public const string Section = "Tailor:Encoder";

    /// <summary>Off: no model is loaded (about 450 MB less memory); intents, search and colours fall back to words.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Threads ONNX Runtime uses inside one encode. One keeps concurrent turns from starving each other.</summary>
    [Range(1, 64)]
    public int ThreadsPerEncode { get; set; } = 1;

    /// <summary>Encodes running at once; further callers wait. 0 means one per processor.</summary>
    [Range(0, 256)]
    public int MaxConcurrentEncodes { get; set; }

    /// <summary>Recently encoded short texts kept in memory (1.5 KB each).</summary>
    [Range(0, 1_000_000)]
    public int CacheSize { get; set; } = 20_000;
}
