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
    private readonly HashSet<string> stopWords;
    private readonly HashSet<string> verbGuardWords;
    private readonly HashSet<string> verbGuardAfter;

    public EntityRecognizer(CatalogVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var synonyms = vocabulary.Synonyms;
        phrases = VocabularyPhrases.Build(vocabulary);
        sizes = new SizeFinder(vocabulary);
        stopWords = synonyms.StopWords.ToHashSet(StringComparer.Ordinal);
        verbGuardWords = synonyms.VerbGuardWords.ToHashSet(StringComparer.Ordinal);
        verbGuardAfter = synonyms.VerbGuardAfter.ToHashSet(StringComparer.Ordinal);
        typos = new TypoCorrector(phrases.WordSenses,
            [.. synonyms.StopWords, .. synonyms.NeverCorrect, .. synonyms.FootwearWords, .. sizes.Words]);
    }

    public RecognizedEntities Recognize(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return RecognizedEntities.None;
        var scan = new MessageScan(text);
        // Most certain first: codes, then prices, then catalog phrases, then sizes (which need the category),
        // then references; negation last, once it can see everything it might rule out.
        CodeFinder.Find(scan);
        PriceFinder.Find(scan);
        CorrectTypos(scan);
        FindPhrases(scan);
        sizes.Find(scan);
        ReferenceFinder.Find(scan);
        NegationScope.Apply(scan);
        return EntitiesAssembler.Assemble(scan, stopWords);
    }

    private void CorrectTypos(MessageScan scan)
    {
        for (var i = 0; i < scan.Count; i++)
            if (scan.IsFree(i) && typos.Correct(scan.Words[i].Text) is { } correction) scan.Keys[i] = correction;
    }

    private void FindPhrases(MessageScan scan)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (phrases.LongestAt(scan, i) is not { } phrase) continue;
            if (IsVerb(scan, i, phrase))
            {
                scan.Claim(i, i);
                continue;
            }
            var last = i + phrase.Keys.Length - 1;
            // "gym" names an occasion and, failing a named category, activewear: its category yields to "gym shoes".
            var weak = phrase.Meanings.Select(m => m.Kind).Distinct().Count() > 1;
            foreach (var meaning in phrase.Meanings)
                scan.Findings.Add(new Finding(meaning.Kind, meaning.Value, i, last, weak && meaning.Kind == EntityKinds.Category));
            scan.Claim(i, last);
            i = last;
        }
    }

    /// <summary>"will it work", "I checked", "does WELCOME15 work": a catalog word used as a verb, which means nothing to search.</summary>
    private bool IsVerb(MessageScan scan, int i, Phrase phrase) =>
        phrase.Keys.Length == 1 && verbGuardWords.Contains(phrase.Keys[0])
        && (verbGuardAfter.Contains(scan.WordAt(i - 1)) || scan.FindingAt(i - 1, EntityKinds.PromoCode) is not null);
}
