using System.Text;

namespace Tailor.Assistant.Understanding.Intents;

/// <summary>Puts shopper text into the one shape the intent model is trained and queried with.</summary>
public static class IntentText
{
    /// <summary>Lowercases, drops apostrophes ("what's" = "whats"), turns other punctuation into spaces, keeps digits and £ % signs.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is '\'' or '’' or '‘')
            {
                // Shoppers type "whats" and "what's" interchangeably; joining keeps them one word.
                continue;
            }

            // Currency and percent carry meaning ("under £50", "30% off"), so they stay as their own token.
            var keep = char.IsLetterOrDigit(c) || c is '£' or '$' or '€' or '%';
            if (!keep)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
