using Tailor.Assistant.Understanding.Embeddings;

namespace Tailor.Assistant.Understanding.Feelings;

/// <summary>
/// Reads what a shopper feels in one message, apart from what they ask: feeling phrases and mood words from
/// <c>training/emotion.yaml</c> first, shouting, and only when the words say nothing and the message is personal
/// rather than a request, the nearest prototype sentence by the sentence encoder (one encode, usually cached).
/// </summary>
public sealed class FeelingReader
{
    // Measured with MiniLM: personal messages carrying a feeling land 0.34–0.6 from the nearest prototype, requests and
    // order questions 0.14–0.27.
    private const float PrototypeFloor = 0.4f;
    private const int MinWordsForEncoder = 6;
    private static readonly HashSet<string> FirstPerson = ["i", "im", "ive", "id", "me", "my", "myself"];

    private readonly EmotionWords words;
    private readonly ITextEncoder encoder;
    private readonly Lazy<float[][]> prototypes;

    public FeelingReader(EmotionWords words, ITextEncoder encoder)
    {
        (this.words, this.encoder) = (words, encoder);
        prototypes = new Lazy<float[][]>(() => encoder.EncodeBatch(words.Prototypes.Select(p => p.Sentence).ToArray(), CancellationToken.None));
    }

    public static FeelingReader Load(string emotionFile, ITextEncoder encoder) => new(EmotionWords.Load(emotionFile), encoder);

    /// <param name="asksForProducts">The message names product filters: a request, so the encoder is not asked.</param>
    public Feeling Read(string text, bool asksForProducts = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return Feeling.None;
        var padded = Padded(text);
        var mood = new MoodWords(words.Negative.Where(w => Has(padded, text, w.Phrase)).Sum(w => w.Weight),
            words.Positive.Where(w => Has(padded, text, w.Phrase)).Sum(w => w.Weight));
        return Read(text, padded, mood, asksForProducts) with { Words = mood };
    }

    private Feeling Read(string text, string padded, MoodWords mood, bool asksForProducts)
    {
        var shouting = IsShouting(text) ? 0.3 : 0;
        var (bad, good) = (mood.Negative, mood.Positive);
        var fromWords = Math.Clamp((good - bad) / 2, -1, 1);

        foreach (var (label, phrases) in words.Feelings)
        {
            if (!phrases.Any(p => Has(padded, text, p))) continue;
            var score = words.Scores.GetValueOrDefault(label) ?? new FeelingScore(0, 0);
            return new Feeling(Math.Clamp(score.Sentiment + fromWords / 2, -1, 1), Math.Clamp(score.Frustration + bad / 5 + shouting, 0, 1), label);
        }
        if (bad >= 1) return new Feeling(fromWords, Math.Clamp(bad / 2.5 + shouting, 0, 1), "frustrated");
        if (bad > 0 || good > 0) return new Feeling(fromWords, Math.Clamp(bad / 2.5 + shouting, 0, 1), Feeling.NoLabel);
        if (shouting > 0) return new Feeling(-0.25, shouting, Feeling.NoLabel);
        return asksForProducts ? Feeling.None : Nearest(text, padded);
    }

    /// <summary>The encoder's reading, for personal messages of some length that name no feeling.</summary>
    private Feeling Nearest(string text, string padded)
    {
        if (!encoder.IsAvailable || words.Prototypes.Count == 0) return Feeling.None;
        var tokens = padded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < MinWordsForEncoder || !tokens.Any(FirstPerson.Contains)) return Feeling.None;
        var vector = encoder.Encode(text);
        var (best, similarity) = (-1, PrototypeFloor);
        for (var i = 0; i < prototypes.Value.Length; i++)
        {
            var cosine = Vectors.Cosine(vector, prototypes.Value[i]);
            if (cosine >= similarity) (best, similarity) = (i, cosine);
        }
        if (best < 0) return Feeling.None;
        var label = words.Prototypes[best].Label;
        var score = words.Scores.GetValueOrDefault(label) ?? new FeelingScore(0, 0);
        // A likeness is weaker evidence than a word: half the strength.
        return new Feeling(score.Sentiment / 2, score.Frustration / 2, label);
    }

    /// <summary>Lowercase words, apostrophes dropped, one space apart and around: " i'm so upset! " → " im so upset ".</summary>
    internal static string Padded(string text)
    {
        var buffer = new System.Text.StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) buffer.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’') continue;
            else if (buffer[^1] != ' ') buffer.Append(' ');
        }
        if (buffer[^1] != ' ') buffer.Append(' ');
        return buffer.ToString();
    }

    // Whole words only ("mad" is not in "made"); punctuation cues ("?!") as written.
    private static bool Has(string padded, string text, string phrase) =>
        phrase.Any(char.IsLetterOrDigit) ? padded.Contains(Padded(phrase), StringComparison.Ordinal) : text.Contains(phrase, StringComparison.Ordinal);

    /// <summary>Mostly capitals over a few words: "WHERE IS MY ORDER".</summary>
    private static bool IsShouting(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters >= 8 && text.Count(char.IsUpper) >= letters * 0.7;
    }
}
