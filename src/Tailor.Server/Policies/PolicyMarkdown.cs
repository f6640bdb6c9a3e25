using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Tailor.Server.Policies;

/// <summary>
/// Policy pages as HTML, safe to show whatever an import brought in: raw HTML is not rendered, and a link or image whose
/// address is not http(s), mailto or relative ("javascript:", "data:"…) keeps its text and loses its address.
/// </summary>
public static class PolicyMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafe(l.Url)).ToList()) Unwrap(link);
        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !IsSafe(l.Url)).ToList())
            link.ReplaceBy(new LiteralInline(link.Url));
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>Whether a link address is http(s), mailto or relative; browsers ignore tabs, newlines and spaces in a scheme, so this does too.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        var compact = string.Concat(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        if (compact.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = compact.IndexOf(':');
        var pathStart = compact.IndexOfAny(['/', '?', '#']);
        // No scheme before the path: a relative address on the store's own site.
        if (colon < 0 || (pathStart >= 0 && pathStart < colon)) return true;
        return SafeSchemes.Contains(compact[..colon].ToLowerInvariant());
    }

    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.Remove();
            return;
        }
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }
}
