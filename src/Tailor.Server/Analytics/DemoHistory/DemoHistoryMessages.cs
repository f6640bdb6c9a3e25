using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tailor.Store.Persistence;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Server.Analytics.DemoHistory;

/// <summary>A shopper message for the demo history and how often shoppers send one like it.</summary>
public sealed record ShopperMessage(string Text, int Weight);

/// <summary>The demo history's shopper messages: demo-history.yaml's templates filled from real variants of the catalog, seeded.</summary>
public static class DemoHistoryMessages
{
    public static async Task<IReadOnlyList<ShopperMessage>> BuildAsync(TailorDbContext db, Random random, CancellationToken ct)
    {
        var data = Load();
        // Fillings come from one real variant each, so shoppers mostly ask for what the store sells, as they do.
        var variants = await db.Variants.AsNoTracking().OrderBy(v => v.Id)
            .Select(v => new Filling(v.Product!.Category, v.ColorFamily, v.Size, v.Price)).ToListAsync(ct);
        if (variants.Count == 0) return [];

        var messages = new List<ShopperMessage>();
        foreach (var template in data.Messages)
        {
            var filled = template.Text.Contains('{') ? data.Fillings : 1;
            var texts = Enumerable.Range(0, filled).Select(_ => Fill(template.Text, variants[random.Next(variants.Count)], data.Budgets)).Distinct().ToList();
            messages.AddRange(texts.Select(t => new ShopperMessage(t, Math.Max(1, template.Weight * filled / texts.Count))));
        }
        return messages;
    }

    private sealed record Filling(string Category, string Color, string Size, decimal Price);

    // The budget is the first one the variant fits under.
    private static string Fill(string template, Filling from, IReadOnlyList<int> budgets) => template
        .Replace("{category}", from.Category.ToLowerInvariant())
        .Replace("{color}", from.Color.Length > 0 ? from.Color : "black")
        .Replace("{size}", from.Size)
        .Replace("{price}", budgets.Where(b => b >= from.Price).DefaultIfEmpty(budgets.Max()).First().ToString(CultureInfo.InvariantCulture));

    private static Data Load()
    {
        using var stream = typeof(DemoHistoryMessages).Assembly.GetManifestResourceStream("Tailor.Server.Analytics.demo-history.yaml")
            ?? throw new InvalidOperationException("demo-history.yaml is not embedded in Tailor.Server.");
        using var reader = new StreamReader(stream);
        return new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<Data>(reader.ReadToEnd());
    }

    private sealed class Data
    {
        public List<int> Budgets { get; set; } = [];
        public int Fillings { get; set; } = 1;
        public List<Template> Messages { get; set; } = [];
    }

    private sealed class Template
    {
        public string Text { get; set; } = "";
        public int Weight { get; set; } = 1;
    }
}
