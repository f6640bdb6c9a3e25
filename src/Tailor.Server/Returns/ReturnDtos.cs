using Tailor.Domain.Catalog;
using Tailor.Domain.Orders;
using Tailor.Domain.Returns;

namespace Tailor.Server.Returns;

/// <summary>A return as the shopper sees it, by its RMA number: no name, address, e-mail or payment details.</summary>
public sealed record ReturnStatusDto(
    string Rma, string Kind, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<ReturnItemDto> Items, string RefundMethod, decimal RefundAmount, decimal PriceDifference, string Currency, string LabelUrl);

/// <summary>Units of an item coming back; for an exchange, the size and colour going out instead.</summary>
public sealed record ReturnItemDto(string Title, string Size, string Color, int Quantity, string ReasonCode, ExchangeForDto? ExchangeFor);

public sealed record ExchangeForDto(string Size, string Color);

/// <summary>A return as the admin list shows it.</summary>
public sealed record AdminReturnDto(
    string Rma, string OrderNumber, string Kind, string Status, string Reason, string RefundMethod, decimal RefundAmount, decimal Fee,
    decimal PriceDifference, IReadOnlyList<ReturnLine> Lines, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static AdminReturnDto From(ReturnRequest r) => new(
        r.Rma, r.OrderNumber, StatusNames.Code(r.Kind), StatusNames.Code(r.Status), r.Reason, StatusNames.Code(r.RefundMethod), r.RefundAmount, r.Fee,
        r.PriceDifference, r.Lines, r.CreatedAt, r.UpdatedAt);
}

/// <summary>One page of a list, with the total to page through.</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>The items of a return with their titles, sizes and colours read from the catalog.</summary>
public static class ReturnItems
{
    public static IReadOnlyList<ReturnItemDto> Of(ReturnRequest request, IReadOnlyDictionary<string, Variant> variants) =>
        request.Lines.Select(l =>
        {
            var bought = variants.GetValueOrDefault(l.Sku);
            var instead = l.ExchangeSku is { } sku ? variants.GetValueOrDefault(sku) : null;
            return new ReturnItemDto(bought?.Product?.Title ?? l.Sku, bought?.Size ?? "", bought?.Color ?? "", l.Quantity, l.ReasonCode,
                instead is null ? null : new ExchangeForDto(instead.Size, instead.Color));
        }).ToList();
}
