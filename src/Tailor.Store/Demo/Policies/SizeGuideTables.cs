using System.Globalization;
using System.Text;
using Tailor.Domain.Catalog;

namespace Tailor.Store.Demo.Policies;

/// <summary>Markdown tables for the size guide, drawn from the same size charts the size advisor uses.</summary>
internal static class SizeGuideTables
{
    private static readonly (string Key, string Category, Gender Gender)[] Guides =
    [
        ("sizeGuide.womenClothing", "dresses", Gender.Women), ("sizeGuide.womenTops", "t-shirts", Gender.Women),
        ("sizeGuide.menTops", "t-shirts", Gender.Men), ("sizeGuide.menJeans", "jeans", Gender.Men),
        ("sizeGuide.womenShoes", "sneakers", Gender.Women), ("sizeGuide.menShoes", "sneakers", Gender.Men),
        ("sizeGuide.kids", "t-shirts", Gender.Kids), ("sizeGuide.kidsShoes", "sneakers", Gender.Kids),
    ];

    public static IEnumerable<(string Key, string Table)> From(IReadOnlyList<SizeChart> charts)
    {
        foreach (var (key, category, gender) in Guides)
        {
            var chart = charts.FirstOrDefault(c => c.Category == category && c.Gender == gender && c.Brand is null);
            yield return (key, chart is null ? "_Size chart coming soon._" : Table(chart));
        }
    }

    private static string Table(SizeChart chart)
    {
        var rows = chart.Rows;
        var columns = new List<(string Header, Func<SizeChartRow, string> Cell)>
        {
            ("Size", r => r.Size), ("UK", r => r.Uk ?? ""), ("US", r => r.Us ?? ""),
            (chart.Gender == Gender.Kids && chart.Category != "sneakers" ? "EU (height cm)" : "EU", r => r.Eu ?? ""),
        };
        if (rows.Any(r => r.Chest is not null)) columns.Add((chart.Gender == Gender.Women ? "Bust (cm)" : "Chest (cm)", r => Range(r.Chest)));
        if (rows.Any(r => r.Waist is not null)) columns.Add(("Waist (cm)", r => Range(r.Waist)));
        if (rows.Any(r => r.Hip is not null)) columns.Add(("Hip (cm)", r => Range(r.Hip)));
        if (rows.Any(r => r.Inseam is not null)) columns.Add(("Inside leg (cm)", r => Range(r.Inseam)));
        if (rows.Any(r => r.Foot is not null)) columns.Add(("Foot length (cm)", r => Range(r.Foot)));

        var table = new StringBuilder();
        table.Append("| ").AppendJoin(" | ", columns.Select(c => c.Header)).Append(" |\n");
        table.Append('|').AppendJoin("", columns.Select(_ => "---|")).Append('\n');
        foreach (var row in rows) table.Append("| ").AppendJoin(" | ", columns.Select(c => c.Cell(row))).Append(" |\n");
        return table.ToString().TrimEnd();
    }

    private static string Range(MeasureRange? range) => range is null ? "" :
        $"{range.Min.ToString("0.#", CultureInfo.InvariantCulture)}–{range.Max.ToString("0.#", CultureInfo.InvariantCulture)}";
}
