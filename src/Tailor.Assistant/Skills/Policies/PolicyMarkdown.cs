using System.Text;
using System.Text.RegularExpressions;
using Tailor.Domain.Policies;

namespace Tailor.Assistant.Skills.Policies;

/// <summary>
/// Splits a policy page into passages under their heading path: paragraphs, lists (with the sentence that
/// introduces them, so "Some items cannot be returned:" stays with its items) and table rows, all as plain text.
/// </summary>
internal static partial class PolicyMarkdown
{
    public static IEnumerable<PolicyPassage> Passages(PolicyDocument document)
    {
        var splitter = new Splitter(document);
        foreach (var line in document.Markdown.Replace("\r\n", "\n").Split('\n')) splitter.Read(line);
        splitter.Flush();
        return splitter.Passages;
    }

    /// <summary>Inline Markdown removed: emphasis, links (their text stays), code marks, HTML tags and escapes.</summary>
    public static string PlainText(string markdown)
    {
        var text = Image().Replace(markdown, "$1");
        text = Link().Replace(text, "$1");
        text = Strong().Replace(text, "$2");
        text = Emphasis().Replace(text, "$2");
        text = Code().Replace(text, "$1");
        text = HtmlTag().Replace(text, "");
        text = Escape().Replace(text, "$1");
        return Whitespace().Replace(text, " ").Trim();
    }

    private sealed class Splitter(PolicyDocument document)
    {
        private readonly List<string> headings = [];
        private readonly StringBuilder paragraph = new();
        private readonly List<string> items = [];
        private readonly List<string[]> rows = [];
        private string? lead;
        private bool blankSinceItem;

        public List<PolicyPassage> Passages { get; } = [];

        public void Read(string line)
        {
            if (HeadingLine().Match(line) is { Success: true } heading)
            {
                Flush();
                var level = heading.Groups["hashes"].Length;
                if (headings.Count >= level) headings.RemoveRange(level - 1, headings.Count - level + 1);
                while (headings.Count < level - 1) headings.Add("");
                headings.Add(PlainText(heading.Groups["text"].Value.TrimEnd('#', ' ')));
            }
            else if (string.IsNullOrWhiteSpace(line)) EndParagraph();
            else if (line.TrimStart().StartsWith('|')) ReadRow(line.Trim());
            else if (ListItem().Match(line) is { Success: true } item) ReadItem(item);
            else if (items.Count > 0 && !blankSinceItem && char.IsWhiteSpace(line[0]))
                items[^1] += " " + PlainText(line); // an indented line continues the item above
            else
            {
                if (items.Count > 0 || rows.Count > 0) Flush();
                paragraph.Append(paragraph.Length > 0 ? " " : "").Append(line.Trim());
            }
        }

        public void Flush()
        {
            EndParagraph();
            if (lead is not null && items.Count == 0) Emit(lead);
            if (items.Count > 0) Emit(lead is null ? string.Join("\n", items) : lead + "\n" + string.Join("\n", items));
            if (rows.Count > 0) EmitTable();
            (lead, blankSinceItem) = (null, false);
            items.Clear();
            rows.Clear();
        }

        // A paragraph ending in a colon introduces the list that follows; anything else stands alone.
        private void EndParagraph()
        {
            if (items.Count > 0) blankSinceItem = true;
            if (paragraph.Length == 0) return;
            var text = PlainText(paragraph.ToString());
            paragraph.Clear();
            if (lead is not null) Emit(lead);
            lead = null;
            if (text.EndsWith(':')) lead = text;
            else Emit(text);
        }

        private void ReadItem(Match item)
        {
            EndParagraph();
            if (rows.Count > 0) Flush();
            var marker = item.Groups["marker"].Value;
            var text = PlainText(item.Groups["text"].Value);
            items.Add(char.IsDigit(marker[0]) ? $"{marker.TrimEnd(')', '.')}. {text}" : text);
            blankSinceItem = false;
        }

        private void ReadRow(string line)
        {
            if (paragraph.Length > 0 || items.Count > 0) Flush();
            var cells = line.Trim('|').Split('|').Select(cell => PlainText(cell.Trim())).ToArray();
            if (cells.All(cell => DividerCell().IsMatch(cell))) return; // the |---|---| line under the header
            rows.Add(cells);
        }

        // Each row becomes "Header: cell; Header: cell", so a row can be quoted on its own.
        private void EmitTable()
        {
            var header = rows[0];
            foreach (var row in rows.Skip(1))
            {
                var cells = row.Select((cell, i) => (Header: i < header.Length ? header[i] : "", Cell: cell))
                    .Where(c => c.Cell.Length > 0)
                    .Select(c => c.Header.Length > 0 ? $"{c.Header}: {c.Cell}" : c.Cell);
                Emit(string.Join("; ", cells) + ".", PassageKind.TableRow);
            }
            if (rows.Count == 1) Emit(string.Join("; ", header.Where(cell => cell.Length > 0)) + ".", PassageKind.TableRow);
        }

        private void Emit(string text, PassageKind shape = PassageKind.Prose)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var path = headings.Where(h => h.Length > 0).ToList();
            if (path.Count == 0) path.Add(document.Title);
            Passages.Add(new PolicyPassage(document.Slug, document.Title, document.Url, document.Kind, path, text, shape));
        }
    }

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>.+?)\s*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s{0,3}(?<marker>[-*+]|\d{1,3}[.)])\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^:?-{2,}:?$")]
    private static partial Regex DividerCell();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(.+?)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])(\*|_)(?!\s)(.+?)(?<!\s)\1(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`([^`]*)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Whitespace();
}
