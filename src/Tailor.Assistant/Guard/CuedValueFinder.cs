namespace Tailor.Assistant.Guard;

/// <summary>
/// Finds the personal data that the data file describes by its cue words or its own shape: card security codes and expiry
/// dates, social security numbers, dates of birth and Eircodes.
/// </summary>
internal static class CuedValueFinder
{
    public static void Find(string text, List<PiiFinding> findings)
    {
        var patterns = PiiPatterns.Shared;
        foreach (var pattern in patterns.Cued.Concat(patterns.Shaped))
            foreach (var value in pattern.Regex.Matches(text).Select(m => m.Groups["value"]))
                findings.Add(new PiiFinding(pattern.Kind, value.Index, value.Length));
    }

    /// <summary>Expiry dates and security codes written straight after a card number already found, with or without a cue.</summary>
    public static void FindCardDetails(string text, List<PiiFinding> findings)
    {
        var cards = findings.Where(f => f.Kind == PiiKind.PaymentCard).ToList();
        foreach (var card in cards)
        {
            // "4111 1111 1111 1111 08/29 321": at most an expiry and a code, each may carry its cue.
            var next = card.End;
            for (var detail = 0; detail < 2 && next < text.Length; detail++)
            {
                var match = PiiPatterns.Shared.CardDetailAfterNumber.Match(text, next);
                if (!match.Success) break;
                var value = match.Groups["value"];
                findings.Add(new PiiFinding(PiiKind.PaymentCard, value.Index, value.Length));
                next = match.Index + match.Length;
            }
        }
    }
}
