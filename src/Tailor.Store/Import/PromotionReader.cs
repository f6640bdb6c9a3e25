using System.Runtime.CompilerServices;
using Tailor.Domain.Promotions;

namespace Tailor.Store.Import;

/// <summary>A promotion read from a CSV row or a JSON element, validated; keyed on its code, or its name when automatic.</summary>
internal sealed record PromotionDraft(
    int Row, string Name, string Description, DiscountKind Kind, decimal Value, PromotionScope Scope, string? ScopeValue,
    string? Code, decimal? MinimumSpend, DateTimeOffset StartsAt, DateTimeOffset? EndsAt)
{
    public string Key => Code is { } code ? $"code:{code.ToUpperInvariant()}" : $"name:{Name}";
}

/// <summary>
/// Reads promotions from CSV (header: Code, Name, Kind, Value, Scope, Applies To, Minimum Spend, Starts At, Ends At,
/// Stacking, Description) or JSON (a <c>promotions</c> array or a bare array, the same fields in camelCase).
/// Kind is percent or amount; scope all, category, collection or product with the slug, collection or handle in
/// Applies To. Stacking may only be "best" (or empty): the store applies the best single promotion, never two at once.
/// </summary>
internal static class PromotionReader
{
    private static readonly (string Csv, string Json)[] Fields =
    [
        ("Code", "code"), ("Name", "name"), ("Kind", "kind"), ("Value", "value"), ("Scope", "scope"), ("Applies To", "appliesTo"),
        ("Minimum Spend", "minimumSpend"), ("Starts At", "startsAt"), ("Ends At", "endsAt"), ("Stacking", "stacking"), ("Description", "description"),
    ];

    public static async IAsyncEnumerable<Parsed<PromotionDraft>> ReadCsvAsync(Stream input, [EnumeratorCancellation] CancellationToken ct)
    {
        var wanted = Fields.Select(f => f.Csv).ToList();
        await foreach (var row in DelimitedTable.ReadAsync(input, ',', wanted, ["Kind", "Value"], "a promotions CSV", ct).WithCancellation(ct))
        {
            if (row.Unreadable is { } broken)
            {
                yield return Parsed<PromotionDraft>.Rejected(broken);
                yield break;
            }
            yield return Read(new RowValidator(row.Row), json => row[Fields.First(f => f.Json == json).Csv]);
        }
    }

    public static async IAsyncEnumerable<Parsed<PromotionDraft>> ReadJsonAsync(Stream input, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in JsonArrayReader.ReadAsync(input, "promotions", ct).WithCancellation(ct))
        {
            if (item.Unreadable is { } broken)
            {
                yield return Parsed<PromotionDraft>.Rejected(broken);
                yield break;
            }
            var check = new RowValidator(item.Row);
            yield return JsonFields.Root(item, check, "promotion") is { } fields
                ? Read(check, fields.Text)
                : Parsed<PromotionDraft>.Rejected(check.Errors);
        }
    }

    private static Parsed<PromotionDraft> Read(RowValidator check, Func<string, string?> field)
    {
        var code = check.Optional("code", field("code"), 50);
        var name = check.Optional("name", field("name"), RowValidator.MaxTitle) ?? code;
        if (name is null) check.Fail("name", "is required when there is no code");
        var kind = Kind(check, field("kind"));
        var value = check.Amount("value", field("value"), required: true);
        if (kind == DiscountKind.PercentOff && value is <= 0 or > 100) check.Fail("value", $"{value} is not a percentage between 0 and 100");
        if (kind == DiscountKind.AmountOff && value is <= 0) check.Fail("value", "must be more than 0");
        var scope = check.Choice<PromotionScope>("scope", field("scope"), required: false) ?? PromotionScope.All;
        var scopeValue = check.Optional("appliesTo", field("appliesTo"), RowValidator.MaxHandle);
        if (scope != PromotionScope.All && scopeValue is null) check.Fail("appliesTo", $"names the {scope.ToString().ToLowerInvariant()} the promotion applies to");
        var starts = check.Instant("startsAt", field("startsAt"), required: true);
        var ends = check.Instant("endsAt", field("endsAt"), required: false);
        if (starts is { } s && ends is { } e && e <= s) check.Fail("endsAt", "must be after startsAt");
        if (RowValidator.Clean(field("stacking"))?.ToLowerInvariant() is { } stacking and not ("best" or "exclusive" or "no"))
            check.Fail("stacking", $"'{stacking}' cannot be honoured: the store applies the best single promotion to an item, never two at once (use best)");
        var minimum = check.Amount("minimumSpend", field("minimumSpend"));
        if (!check.IsValid) return Parsed<PromotionDraft>.Rejected(check.Errors);
        return new Parsed<PromotionDraft>(new PromotionDraft(check.Row, name!, check.Optional("description", field("description"), 1000) ?? "",
            kind!.Value, value!.Value, scope, scope == PromotionScope.All ? null : scopeValue, code, minimum, starts!.Value, ends), []);
    }

    private static DiscountKind? Kind(RowValidator check, string? text)
    {
        switch (RowValidator.Clean(text)?.ToLowerInvariant())
        {
            case "percent" or "percentage" or "percent-off" or "percentoff": return DiscountKind.PercentOff;
            case "amount" or "fixed" or "amount-off" or "amountoff": return DiscountKind.AmountOff;
            case null: check.Fail("kind", "is required (percent or amount)"); return null;
            case var other: check.Fail("kind", $"'{other}' is not percent or amount"); return null;
        }
    }
}
