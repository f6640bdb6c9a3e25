using Tailor.Domain.Policies;

namespace Tailor.Assistant.Skills.Policies;

/// <summary>One quotable piece of a policy page, as plain text: a paragraph, a list with its lead-in, or a table row.</summary>
/// <param name="Headings">The page's heading path down to this passage, e.g. ["Returns policy", "What you can return"].</param>
public sealed record PolicyPassage(string Slug, string Title, string Url, PolicyKind Kind, IReadOnlyList<string> Headings, string Text,
    PassageKind Shape = PassageKind.Prose)
{
    public const string HeadingSeparator = " › ";

    /// <summary>"Returns policy › What you can return".</summary>
    public string Heading => string.Join(HeadingSeparator, Headings);
}

/// <summary>Prose (paragraphs and lists) reads on into the next passage of its section; a table row stands alone.</summary>
public enum PassageKind { Prose, TableRow }
