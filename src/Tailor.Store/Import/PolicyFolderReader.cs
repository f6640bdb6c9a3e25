using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Tailor.Domain.Policies;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Tailor.Store.Import;

/// <summary>A policy or FAQ page read from a Markdown file, validated.</summary>
internal sealed record PolicyDraft(int Row, string Slug, string Title, PolicyKind Kind, string Url, string Markdown);

/// <summary>
/// Reads a folder of Markdown pages (*.md, *.markdown; not subfolders), in file-name order: row N is the Nth file.
/// Optional YAML front matter gives title, slug, kind (policy or faq) and url; otherwise the title is the first
/// "# heading", the slug the file name, and the url /pages/{slug}.
/// </summary>
internal static class PolicyFolderReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static async IAsyncEnumerable<Parsed<PolicyDraft>> ReadAsync(string folder, [EnumeratorCancellation] CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            yield return Parsed<PolicyDraft>.Rejected(new ImportError(0, "folder", $"'{folder}' does not exist"));
            yield break;
        }
        var files = Directory.EnumerateFiles(folder)
            .Where(path => Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown")
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) yield return Parsed<PolicyDraft>.Rejected(new ImportError(0, "folder", $"'{folder}' has no Markdown (.md) files"));
        for (var i = 0; i < files.Count; i++)
            yield return Read(i + 1, Path.GetFileName(files[i]), await File.ReadAllTextAsync(files[i], ct));
    }

    private static Parsed<PolicyDraft> Read(int row, string fileName, string text)
    {
        var check = new RowValidator(row);
        var (front, body) = SplitFrontMatter(text);
        Dictionary<string, object?> fields;
        try
        {
            fields = front is null ? [] : Yaml.Deserialize<Dictionary<string, object?>?>(front) ?? [];
        }
        catch (YamlException ex)
        {
            check.Fail("front matter", $"{fileName}: is not valid YAML ({ex.Message})");
            return Parsed<PolicyDraft>.Rejected(check.Errors);
        }
        var meta = new Dictionary<string, string?>(fields.Select(f => KeyValuePair.Create(f.Key, f.Value?.ToString())), StringComparer.OrdinalIgnoreCase);

        var title = RowValidator.Clean(meta.GetValueOrDefault("title")) ?? FirstHeading(body);
        if (title is null) check.Fail("title", $"{fileName}: is required, in the front matter or as a first '# heading'");
        else if (title.Length > RowValidator.MaxTitle) check.Fail("title", $"{fileName}: is longer than {RowValidator.MaxTitle} characters");
        var slug = Slug.Of(meta.GetValueOrDefault("slug") ?? Path.GetFileNameWithoutExtension(fileName));
        if (slug.Length is 0 or > 120) check.Fail("slug", $"{fileName}: must have 1 to 120 letters, digits or hyphens");
        var kind = check.Choice<PolicyKind>("kind", meta.GetValueOrDefault("kind"), required: false) ?? PolicyKind.Policy;
        var url = check.Url("url", meta.GetValueOrDefault("url"), required: false) ?? $"/pages/{slug}";
        if (!check.IsValid || title is null) return Parsed<PolicyDraft>.Rejected(check.Errors);
        return new Parsed<PolicyDraft>(new PolicyDraft(row, slug, title, kind, url, body.Trim()), []);
    }

    /// <summary>YAML between a first line "---" and the next "---" (or "..."); the rest is the page.</summary>
    private static (string? Front, string Body) SplitFrontMatter(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return (null, string.Join('\n', lines));
        for (var i = 1; i < lines.Length; i++)
            if (lines[i].TrimEnd() is "---" or "...")
                return (string.Join('\n', lines[1..i]), string.Join('\n', lines[(i + 1)..]));
        return (null, string.Join('\n', lines));
    }

    private static string? FirstHeading(string markdown)
    {
        var heading = Markdown.Parse(markdown).Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (heading?.Inline is null) return null;
        var text = string.Concat(heading.Inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));
        return RowValidator.Clean(text);
    }
}
