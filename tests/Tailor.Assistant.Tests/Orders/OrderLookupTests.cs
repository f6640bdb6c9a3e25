using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Tests.Skills;
using Tailor.Domain.Orders;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.Orders;

/// <summary>Orders are found by their number as the store wrote it, whatever the case, "#" or prefix typed.</summary>
public sealed class OrderLookupTests
{
    [Theory]
    [InlineData("#1001", "#1001")]
    [InlineData("1001", "#1001")]
    [InlineData("#w2378156", "W2378156")]
    [InlineData("w2378156", "W2378156")]
    [InlineData("tl100023", "TL-100023")]
    [InlineData("100023", "TL-100023")]
    public async Task A_typed_number_finds_the_order_as_the_store_wrote_it(string typed, string stored)
    {
        await using var store = await ScratchDatabase.CreateAsync();
        await using (var db = store.Open())
        {
            foreach (var number in new[] { "#1001", "W2378156", "TL-100023", "100045678" })
                db.Orders.Add(new Order { Number = number, Email = "shopper@example.com" });
            await db.SaveChangesAsync();
        }
        await using var read = store.Open();

        Assert.Equal(stored, await read.Orders.StoredNumberAsync(typed, OrderNumber.Prefix, CancellationToken.None));
    }

    [Fact]
    public async Task A_number_no_order_has_finds_nothing()
    {
        await using var store = await ScratchDatabase.CreateAsync();
        await using var db = store.Open();
        db.Orders.Add(new Order { Number = "#1001", Email = "shopper@example.com" });
        await db.SaveChangesAsync();

        Assert.Null(await db.Orders.StoredNumberAsync("#10010", "#", CancellationToken.None));
        Assert.Null(await db.Orders.StoredNumberAsync("TL-1001", "#", CancellationToken.None));
    }

    [Fact]
    public void The_key_keeps_only_letters_and_digits_in_capitals() =>
        Assert.Equal(["W2378156"], OrderNumber.LookupKeys("#w-2378 156", ""));
}
