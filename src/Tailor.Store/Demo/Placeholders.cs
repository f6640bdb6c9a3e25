using System.Text;

namespace Tailor.Store.Demo;

/// <summary>
/// Fills {name} placeholders in a phrase in one pass. Reviews and descriptions fill millions of phrases for a
/// large catalog, so this avoids a chain of string.Replace calls that each copy the text.
/// </summary>
internal static class Placeholders
{
    public static string Fill<TState>(string template, TState state, Func<string, TState, string?> value)
    {
        var open = template.IndexOf('{');
        if (open < 0) return template;
        var text = new StringBuilder(template.Length + 64);
        var copied = 0;
        while (open >= 0)
        {
            var close = template.IndexOf('}', open + 1);
            if (close < 0) break;
            var name = template.Substring(open + 1, close - open - 1);
            if (value(name, state) is { } filled)
            {
                text.Append(template, copied, open - copied).Append(filled);
                copied = close + 1;
            }
            open = template.IndexOf('{', close + 1);
        }
        return text.Append(template, copied, template.Length - copied).ToString();
    }
}
