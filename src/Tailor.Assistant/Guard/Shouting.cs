namespace Tailor.Assistant.Guard;

/// <summary>Tells whether a message is written mostly in capitals, a frustration signal.</summary>
internal static class Shouting
{
    // Fewer letters than this ("OK", "XL", "WHY?") says nothing about the shopper's mood.
    private const int MinLetters = 8;
    private const double UpperShare = 0.7;

    public static bool IsShouted(string text)
    {
        int upper = 0, lower = 0, wordUpper = 0, wordLower = 0;
        var wordHasDigit = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsWhiteSpace(c))
            {
                // Codes such as TL-100023 or RMA-7F3K2Q are written in capitals by design, so they don't count.
                if (!wordHasDigit) { upper += wordUpper; lower += wordLower; }
                wordUpper = wordLower = 0;
                wordHasDigit = false;
            }
            else if (char.IsUpper(c)) wordUpper++;
            else if (char.IsLower(c)) wordLower++;
            else if (char.IsDigit(c)) wordHasDigit = true;
        }
        return upper + lower >= MinLetters && upper >= UpperShare * (upper + lower);
    }
}
