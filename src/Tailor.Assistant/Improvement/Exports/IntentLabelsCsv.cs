using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Conversations;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Improvement.Exports;

/// <summary>One labelled message as a CSV row.</summary>
public sealed record IntentLabelRow(string Text, string Intent, string Entities, string Source, string ReviewedBy, DateTimeOffset ReviewedAt);

/// <summary>The operators' labelled intent set as CSV (text, intent, entities as JSON, where it came from, who and when).</summary>
public static class IntentLabelsCsv
{
    private static readonly string[] Header = ["text", "intent", "entities", "source", "reviewed_by", "reviewed_at"];

    public static async Task<int> WriteAsync(TailorDbContext db, TextWriter output, CancellationToken ct)
    {
        var rows = await db.TurnReviews.AsNoTracking().Where(r => r.Decision == ReviewDecision.Labelled).OrderBy(r => r.Id)
            .Select(r => new IntentLabelRow(r.MaskedText, r.Intent, r.EntitiesJson, r.ReviewedBy == "import" ? "import" : "review", r.ReviewedBy, r.ReviewedAt))
            .ToListAsync(ct);
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader(Header);
        foreach (var row in rows)
        {
            foreach (var field in new[] { row.Text, row.Intent, row.Entities, row.Source, row.ReviewedBy, row.ReviewedAt.ToString("O", CultureInfo.InvariantCulture) })
                csv.WriteField(field);
            csv.EndRecord();
        }

        return rows.Count;
    }
}
