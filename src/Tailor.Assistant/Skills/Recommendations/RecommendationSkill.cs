using Tailor.Assistant.Skills.Search;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Customers;

namespace Tailor.Assistant.Skills.Recommendations;

/// <summary>
/// Recommendations for the chat, the API and the shop: picks from the <see cref="RecommenderCache"/>, then the page
/// re-read from the database, so every product offered is in stock at today's price. A customer's purchases and stored
/// preferences are used only with their consent to personalisation. Thread-safe; register as a singleton.
/// </summary>
public sealed class RecommendationSkill(RecommenderCache recommenders, CatalogSnapshotCache catalog)
{
    public async Task<RecommendationResult> RecommendAsync(RecommendationRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recommender = await recommenders.GetAsync(ct);
        var snapshot = recommender.Snapshot;
        int? anchor = null;
        if (request.ProductHandle is { } handle)
        {
            var index = recommender.IndexOf(handle);
            if (index < 0) return RecommendationResult.None(request.Kind ?? RecommendationKind.Similar, handle);
            anchor = index;
        }
        await using var sql = await SqlRunner.OpenAsync(catalog.ConnectionString, ct);
        var customer = request.CustomerId is not null || request.StoreCustomerId is not null ? await CustomerAsync(sql, request.CustomerId, request.StoreCustomerId, ct) : null;
        var kind = request.Kind ?? (anchor is not null ? RecommendationKind.Similar : customer is not null ? RecommendationKind.Personal : RecommendationKind.Trending);
        if (anchor is null && kind is RecommendationKind.Similar or RecommendationKind.Cheaper or RecommendationKind.BoughtTogether)
            kind = customer is not null ? RecommendationKind.Personal : RecommendationKind.Trending;

        var preferences = Merge(customer?.Preferences, request.Preferences);
        var purchases = customer is not null ? recommender.History.Of(customer.Id) : [];
        var shopper = new ShopperSignals(purchases, snapshot, preferences, request.Department);
        var picks = recommender.Recommend(kind, anchor, shopper, Math.Clamp(request.Count, 1, RecommendationRequest.MaxCount));
        var items = await ReadAsync(sql, recommender, picks, ct);
        return new RecommendationResult(kind, request.ProductHandle, items, !shopper.IsColdStart || preferences is not null);
    }

    /// <summary>Whether a product with this handle is in the catalog the recommendations were built from.</summary>
    public async Task<bool> KnowsAsync(string handle, CancellationToken ct) => (await recommenders.GetAsync(ct)).IndexOf(handle) >= 0;

    // The page as the database has it now, each reason's product named by its title.
    private static async Task<List<Recommendation>> ReadAsync(SqlRunner sql, Recommender recommender, IReadOnlyList<RecommendedProduct> picks, CancellationToken ct)
    {
        var snapshot = recommender.Snapshot;
        var named = picks.Where(p => p.Reason.Kind is RecommendationReasonKind.BoughtWithYours or RecommendationReasonKind.BoughtWithAnchor && p.Reason.Value is not null)
            .Select(p => recommender.IndexOf(p.Reason.Value!)).Where(i => i >= 0);
        var fresh = await PageReader.ReadAsync(sql, picks.Select(p => snapshot.Products[p.Index].Id).Concat(named.Select(i => snapshot.Products[i].Id)).Distinct(), ct);
        var titles = fresh.Values.ToDictionary(p => p.Handle, p => p.Title, StringComparer.Ordinal);
        var builder = new ProductMatchBuilder(snapshot, SearchConstraints.Empty, new VariantRule(SearchConstraints.Empty), SearchText.Of([]));
        var items = new List<Recommendation>(picks.Count);
        foreach (var pick in picks)
        {
            ref readonly var product = ref snapshot.Products[pick.Index];
            if (!fresh.TryGetValue(product.Id, out var row)) continue;
            var ranked = new Ranked(pick.Index, product.Id, product.FirstVariant, 0, pick.Score, 0, product.ReviewCount, product.CreatedTicks, (product.Brand, product.Category));
            if (builder.Build(ranked, row) is not { } match) continue;
            var reason = pick.Reason.Value is { } value && titles.TryGetValue(value, out var title) ? pick.Reason with { Value = title } : pick.Reason;
            items.Add(new Recommendation(match, reason));
        }
        return items;
    }

    private sealed record CustomerRow(int Id, CustomerPreferences? Preferences);

    // Without consent to personalisation, a customer is recommended to as a guest would be.
    private static async Task<CustomerRow?> CustomerAsync(SqlRunner sql, string? externalId, int? id, CancellationToken ct)
    {
        await using var command = externalId is not null
            ? sql.Command("SELECT Id, Preferences, Consents FROM Customers WHERE ExternalId = $id", ("$id", externalId))
            : sql.Command("SELECT Id, Preferences, Consents FROM Customers WHERE Id = $id", ("$id", id));
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var consents = reader.IsDBNull(2) ? null : reader.GetString(2);
        if (!StoredPreferences.Consented(consents)) return null;
        return new CustomerRow(reader.GetInt32(0), StoredPreferences.Read(reader.IsDBNull(1) ? null : reader.GetString(1), consents));
    }

    private static CustomerPreferences? Merge(CustomerPreferences? stored, CustomerPreferences? stated)
    {
        if (stated is null) return stored;
        if (stored is null) return stated;
        return new CustomerPreferences
        {
            Sizes = stated.Sizes.Count > 0 ? stated.Sizes : stored.Sizes,
            FavoriteColors = stated.FavoriteColors.Count > 0 ? stated.FavoriteColors : stored.FavoriteColors,
            DislikedColors = stored.DislikedColors.Union(stated.DislikedColors, StringComparer.OrdinalIgnoreCase).Except(stated.FavoriteColors, StringComparer.OrdinalIgnoreCase).ToList(),
            Styles = stated.Styles.Count > 0 ? stated.Styles : stored.Styles,
            Fit = stated.Fit ?? stored.Fit,
            Budget = stated.Budget ?? stored.Budget,
        };
    }
}
