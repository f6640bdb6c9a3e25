using System.Text;

namespace Tailor.Store.Demo;

/// <summary>URL slugs for handles and image names: "Dusty Pink" → "dusty-pink".</summary>
internal static class Slug
{
    public static string Of(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }
}
