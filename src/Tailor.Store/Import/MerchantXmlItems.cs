using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace Tailor.Store.Import;

/// <summary>
/// Items of a Merchant Center XML feed (RSS 2.0 &lt;item&gt; or Atom &lt;entry&gt;), read as a stream. Attributes are taken
/// by local name, with or without the g: namespace; nested ones (g:shipping) are skipped. Row 1 is the first item.
/// </summary>
internal static class MerchantXmlItems
{
    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Ignore,   // never resolve entities from a feed: no XXE, no billion laughs
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    public static async IAsyncEnumerable<MerchantItem> ReadAsync(Stream input, [EnumeratorCancellation] CancellationToken ct)
    {
        using var xml = XmlReader.Create(input, Settings);
        for (var row = 1; ; row++)
        {
            ct.ThrowIfCancellationRequested();
            MerchantItem? item = null;
            ImportError? broken = null;
            try
            {
                item = await NextItemAsync(xml, row);
            }
            catch (XmlException ex)
            {
                broken = FileProblem.Unreadable(row, "is not valid XML", $"line {ex.LineNumber}: {ex.Message}");
            }
            if (broken is not null)
            {
                yield return MerchantItem.Broken(broken);
                yield break;
            }
            if (item is null) yield break;
            yield return item;
        }
    }

    private static async Task<MerchantItem?> NextItemAsync(XmlReader xml, int row)
    {
        while (await xml.ReadAsync())
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "item" or "entry")
                return await ItemAsync(xml, row);
        return null;
    }

    private static async Task<MerchantItem> ItemAsync(XmlReader xml, int row)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var images = new List<string>();
        if (xml.IsEmptyElement) return new MerchantItem(row, fields, images);
        var depth = xml.Depth;
        string? name = null;
        var nested = false;
        var text = new StringBuilder();
        while (await xml.ReadAsync())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.Depth == depth + 1:
                    name = xml.LocalName;
                    nested = false;
                    text.Clear();
                    if (xml.IsEmptyElement) name = null;
                    break;
                case XmlNodeType.Element:
                    nested = true;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace when name is not null && xml.Depth == depth + 2:
                    text.Append(await xml.GetValueAsync());
                    break;
                case XmlNodeType.EndElement when xml.Depth == depth + 1:
                    if (name is not null && !nested && RowValidator.Clean(text.ToString()) is { } value)
                    {
                        if (name == MerchantItem.AdditionalImageLink) images.AddRange(MerchantItem.SplitLinks(value));
                        else fields.TryAdd(name, value);
                    }
                    name = null;
                    break;
                case XmlNodeType.EndElement when xml.Depth == depth:
                    return new MerchantItem(row, fields, images);
            }
        }
        throw new XmlException("the file ends inside an item");
    }
}
