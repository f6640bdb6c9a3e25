using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Improvement;

/// <summary>
/// The intent classifier the running assistant uses, replaceable while it runs: a promotion or a rollback swaps in
/// another whole classifier at once, and a turn already under way finishes with the one it started with.
/// </summary>
public sealed class LiveIntentClassifier(IntentClassifier initial)
{
    private IntentClassifier _current = initial;

    public IntentClassifier Current => Volatile.Read(ref _current);

    /// <summary>Puts <paramref name="next"/> in use. The replaced classifier is not disposed: a turn may still be reading it.</summary>
    public void Swap(IntentClassifier next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Volatile.Write(ref _current, next);
    }
}

/// <summary>
/// The embedded understander over whichever classifier is live: one understander per classifier, built when the
/// classifier changes, so a turn pays nothing for the indirection beyond one reference comparison.
/// </summary>
public sealed class SwappableUnderstander(LiveIntentClassifier live, IServiceProvider services) : IUnderstander
{
    private sealed record Pair(IntentClassifier Classifier, EmbeddedUnderstander Understander);

    private Pair? _pair;

    public Understanding.Understanding Understand(string text, UnderstandingContext context) => Current().Understand(text, context);

    private EmbeddedUnderstander Current()
    {
        var classifier = live.Current;
        var pair = Volatile.Read(ref _pair);
        if (pair?.Classifier != classifier)
        {
            // Two turns may build one at once after a swap; both are equal, the last one stays.
            pair = new Pair(classifier, ActivatorUtilities.CreateInstance<EmbeddedUnderstander>(services, classifier));
            Volatile.Write(ref _pair, pair);
        }

        return pair.Understander;
    }
}
