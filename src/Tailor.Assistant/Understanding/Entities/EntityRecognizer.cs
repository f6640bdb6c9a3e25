using Tailor.Assistant.Skills.Products;
namespace Tailor.Assistant.Understanding.Entities;

/// <summary>
/// Finds what a shopper's message says about products, prices, sizes, references and codes, using only the words of
/// the live catalog and <c>training/synonyms.yaml</c>; no model, no network. Built once per catalog vocabulary
/// (all tables are precomputed and immutable), then <see cref="Recognize"/> is thread-safe and takes microseconds.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly PhraseTable phrases;
    private readonly TypoCorrector typos;
    private readonly SizeFinder sizes;
    private readonly ColorWords colors;
    private readonly ProductTitles titles;
    private readonly HashSet<string> stopWords;
    private readonly OrderNumberFinder orderNumbers;
    private readonly Dictionary<string, Guard> guards = new(StringComparer.Ordinal);

    /// <param name="colors">Colour names beyond the catalog's; without them only catalog colours and families are read.</param>
    /// <param name="orderNumbers">How this store writes order numbers; without it the demo store's shapes.</param>
    public EntityRecognizer(CatalogVocabulary vocabulary, ColorWords? colors = null, OrderNumberFinder? orderNumbers = null)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        this.orderNumbers = orderNumbers ?? OrderNumberFinder.Default;
        Vocabulary = vocabulary;
        this.colors = colors ?? ColorWords.None;
        var synonyms = vocabulary.Synonyms;
        phrases = VocabularyPhrases.Build(vocabulary);
        sizes = new SizeFinder(vocabulary);
        stopWords = synonyms.StopWords.Concat(synonyms.ChatWords).ToHashSet(StringComparer.Ordinal);
        foreach (var group in synonyms.WordGuards)
        {
            var guard = new Guard(group.After.ToHashSet(StringComparer.Ordinal), group.Before.ToHashSet(StringComparer.Ordinal));
            foreach (var word in group.Words) guards.TryAdd(word, guard);
        }
        typos = new TypoCorrector(phrases.WordSenses,
            [.. synonyms.StopWords, .. synonyms.ChatWords, .. synonyms.NeverCorrect, .. synonyms.FootwearWords, .. sizes.Words, .. this.colors.Words]);
        titles = new ProductTitles(vocabulary.Titles,
            phrases.WordSenses.Keys.Concat(stopWords).Concat(sizes.Words).Concat(this.colors.Words).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The catalog words this recognizer was built from (the LLM understander shows them to the model).</summary>
    public CatalogVocabulary Vocabulary { get; }

    public RecognizedEntities Recognize(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return RecognizedEntities.None;
        var scan = new MessageScan(text);
        // Most certain first: codes, then prices, then catalog phrases, then sizes (which need the category),
        // then references; negation last, once it can see everything it might rule out.
        CodeFinder.Find(scan, orderNumbers);
        // "Studio 54", "Levi's 501": a brand's own number is not a budget.
        FindPhrases(scan, brandsOnly: true);
        PriceFinder.Find(scan);
        CorrectTypos(scan);
        colors.Find(scan, minLength: 2, catalogPhraseAt: i => phrases.LongestAt(scan, i) is not null);
        FindPhrases(scan);
        colors.Find(scan);
        sizes.Find(scan);
        ReferenceFinder.Find(scan);
        NegationScope.Apply(scan);
        var (occasion, shape) = StyleWordReader.Default.Read(text);
        return EntitiesAssembler.Assemble(scan, stopWords) with
        {
            NamedProduct = titles.Find(scan), OrderPick = OrderEvidence.Default.PickIn(text),
            Measurements = MeasurementReader.Read(text), StyleOccasion = occasion, BodyShape = shape,
            Features = ProductFeatures.Default.AskedIn(text), AsksQuestion = ProductFeatures.Default.IsQuestion(text),
        };
    }

    private void CorrectTypos(MessageScan scan)
    {
        for (var i = 0; i < scan.Count; i++)
            if (scan.IsFree(i) && typos.Correct(scan.Words[i].Text) is { } correction) scan.Keys[i] = correction;
    }

    private void FindPhrases(MessageScan scan, bool brandsOnly = false)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (phrases.LongestAt(scan, i) is not { } phrase) continue;
            if (brandsOnly && !IsBrandWithNumber(scan, i, phrase)) continue;
            if (IsGuarded(scan, i, phrase))
            {
                scan.Claim(i, i);
                continue;
            }
            var last = i + phrase.Keys.Length - 1;
            // "gym" names an occasion and, failing a named category, activewear: its category yields to "gym shoes".
            foreach (var meaning in phrase.Meanings)
                scan.Findings.Add(new Finding(meaning.Kind, meaning.Value, i, last, phrase.HasSeveralKinds && meaning.Kind == EntityKinds.Category));
            scan.Claim(i, last);
            i = last;
        }
    }

    /// <summary>A brand with a number in its name ("Studio 54") or right after it ("Levi's 501", a model number).</summary>
    private static bool IsBrandWithNumber(MessageScan scan, int i, Phrase phrase)
    {
        if (!phrase.Meanings.All(m => m.Kind == EntityKinds.Brand)) return false;
        if (phrase.Keys.Any(k => k.Any(char.IsAsciiDigit))) return true;
        var next = i + phrase.Keys.Length;
        if (next >= scan.Count || scan.Words[next].BreakBefore || !scan.WordAt(next).All(char.IsAsciiDigit) || scan.Words[next].Before is '£' or '$' or '€') return false;
        scan.Claim(next, next);   // a model number: neither a budget nor a size
        return true;
    }

    /// <summary>"will it work", "check my order", "hey man", "does WELCOME15 work": a catalog word in an everyday role.</summary>
    private bool IsGuarded(MessageScan scan, int i, Phrase phrase) =>
        phrase.Keys.Length == 1 && guards.TryGetValue(phrase.Keys[0], out var guard)
        && (guard.After.Contains(scan.WordAt(i - 1)) || guard.Before.Contains(scan.WordAt(i + 1))
            || scan.FindingAt(i - 1, EntityKinds.PromoCode) is not null);

    private sealed record Guard(HashSet<string> After, HashSet<string> Before);
}
