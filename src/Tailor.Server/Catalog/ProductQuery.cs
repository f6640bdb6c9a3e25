namespace Tailor.Server.Catalog;

/// <summary>The filters and paging of GET /api/products, validated before any query runs.</summary>
public sealed record ProductQuery(
    string? Q, string? Category, string? Color, string? Size, decimal? MinPrice, decimal? MaxPrice,
    bool? InStock, string? Sort, int? Page, int? PageSize, string? Gender = null)
{
    public const int MaxPageSize = 100;
    public static readonly IReadOnlyList<string> Sorts = ["relevance", "price-asc", "price-desc", "newest", "rating", "title"];

    public int PageNumber => Page ?? 1;
    public int ItemsPerPage => PageSize ?? 24;
    public string SortOrder => string.IsNullOrWhiteSpace(Sort) ? "relevance" : Sort.Trim().ToLowerInvariant();

    /// <summary>Problems keyed by parameter name, empty when the query is valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Page is < 1) errors["page"] = ["page must be 1 or more."];
        if (PageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        if (MinPrice is < 0) errors["minPrice"] = ["minPrice must not be negative."];
        if (MaxPrice is < 0) errors["maxPrice"] = ["maxPrice must not be negative."];
        if (MinPrice is { } min && MaxPrice is { } max && min > max) errors["minPrice"] = ["minPrice must not exceed maxPrice."];
        if (!Sorts.Contains(SortOrder)) errors["sort"] = [$"sort must be one of: {string.Join(", ", Sorts)}."];
        if (Q is { Length: > 200 }) errors["q"] = ["q must be at most 200 characters."];
        if (!string.IsNullOrWhiteSpace(Gender) && GenderValue is null)
            errors["gender"] = [$"gender must be one of: {string.Join(", ", Enum.GetNames<Domain.Catalog.Gender>().Select(n => n.ToLowerInvariant()))}."];
        return errors;
    }

    /// <summary>The gender asked for, or null when none (or an unknown one) was.</summary>
    public Domain.Catalog.Gender? GenderValue =>
        Enum.TryParse<Domain.Catalog.Gender>(Gender?.Trim(), ignoreCase: true, out var gender) && Enum.IsDefined(gender) && !int.TryParse(Gender, out _)
            ? gender : null;

    public IReadOnlyList<string> Terms =>
        (Q ?? "").Split([' ', ',', '.', '-', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLowerInvariant()).Distinct().Take(8).ToList();
}
