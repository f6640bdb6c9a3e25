using Microsoft.EntityFrameworkCore;
using Tailor.Store.Persistence;

namespace Tailor.Store.Import;

/// <summary>Writes one batch of drafts into the change tracker: looks up what already exists in one go, then creates or updates.</summary>
internal interface IDraftWriter<in TDraft>
{
    /// <summary>Applies the drafts and leaves the change tracker ready to save (change detection is off during imports).</summary>
    Task ApplyAsync(IReadOnlyList<TDraft> drafts, BatchOutcome outcome, CancellationToken ct);

    /// <summary>Writes what <see cref="ApplyAsync"/> prepared.</summary>
    Task SaveAsync(CancellationToken ct);

    /// <summary>Roughly how many rows the draft writes, so that a batch of very large products still fits one query.</summary>
    int Weight(TDraft draft);

    /// <summary>The error for a draft that the database refused even on its own.</summary>
    ImportError Refused(TDraft draft, DbUpdateException ex);
}

/// <summary>What one batch did, counted only once its SaveChanges has succeeded.</summary>
internal sealed class BatchOutcome
{
    public List<(string Key, bool Created)> Written { get; } = [];
    public List<ImportError> Rejected { get; } = [];

    public void Created(string key) => Written.Add((key, true));
    public void Updated(string key) => Written.Add((key, false));
    public void Reject(ImportError error) => Rejected.Add(error);

    /// <summary>A refusal in the database's own words, which name the constraint at fault.</summary>
    public static ImportError Refusal(int row, string field, DbUpdateException ex) =>
        new(row, field, $"could not be saved: {(ex.InnerException ?? ex).Message}");
}

/// <summary>
/// Streams drafts into the database in batches: one lookup and one SaveChanges per batch, then a cleared change
/// tracker, so memory stays flat on a 50,000-product file. If the database refuses a batch, its drafts are retried
/// one by one, so one bad product costs only itself. A key written twice in one import is counted once.
/// </summary>
internal sealed class BatchImport<TDraft>(TailorDbContext db, IDraftWriter<TDraft> writer, ImportReport report, ImportOptions options)
    where TDraft : class
{
    private readonly int batchSize = Math.Max(1, options.BatchSize);
    private readonly List<TDraft> pending = [];
    private readonly HashSet<string> counted = new(StringComparer.Ordinal);
    private int pendingWeight;

    public async Task RunAsync(IAsyncEnumerable<Parsed<TDraft>> items, CancellationToken ct)
    {
        // Writers add new entities explicitly and detect changes once per batch, instead of on every tracked entity access.
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await foreach (var item in items.WithCancellation(ct))
            {
                report.Failed.AddRange(item.Errors);
                if (item.Draft is null) continue;
                pending.Add(item.Draft);
                pendingWeight += writer.Weight(item.Draft);
                if (pending.Count >= batchSize || pendingWeight >= batchSize * 20) await FlushAsync(ct);
            }
            await FlushAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
        var byRow = report.Failed.OrderBy(e => e.Row).ToList();
        report.Failed.Clear();
        report.Failed.AddRange(byRow);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (pending.Count == 0) return;
        try
        {
            await SaveAsync(pending, ct);
        }
        catch (DbUpdateException) when (pending.Count > 1)
        {
            db.ChangeTracker.Clear();
            foreach (var draft in pending)
            {
                try
                {
                    await SaveAsync([draft], ct);
                }
                catch (DbUpdateException ex)
                {
                    db.ChangeTracker.Clear();
                    report.Failed.Add(writer.Refused(draft, ex));
                }
            }
        }
        catch (DbUpdateException ex)
        {
            report.Failed.Add(writer.Refused(pending[0], ex));
        }
        finally
        {
            db.ChangeTracker.Clear();
            pending.Clear();
            pendingWeight = 0;
        }
    }

    private async Task SaveAsync(IReadOnlyList<TDraft> drafts, CancellationToken ct)
    {
        var outcome = new BatchOutcome();
        await writer.ApplyAsync(drafts, outcome, ct);
        await writer.SaveAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var (key, created) in outcome.Written)
        {
            if (!counted.Add(key)) continue;
            if (created) report.Created++;
            else report.Updated++;
        }
        report.Failed.AddRange(outcome.Rejected);
    }
}
