using Tailor.Assistant.Guard;
using Tailor.Domain.Returns;

namespace Tailor.Assistant.Tests.Orders;

public sealed class OrderReferenceTests
{
    [Fact]
    public void Rma_numbers_are_long_random_and_never_masked_by_the_guard()
    {
        var numbers = Enumerable.Range(0, 2000).Select(_ => RmaNumber.New()).ToList();

        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches("^RMA-[A-HJ-NP-Z2-9]{10}$", n));
        Assert.All(numbers, n => Assert.Empty(PiiMasker.Find($"where is my return {n}")));
    }

    [Theory]
    [InlineData("status of rma 7f3k2q9xhd please", "RMA-7F3K2Q9XHD")]
    [InlineData("RMA-WK7NS2", "RMA-WK7NS2")]
    [InlineData("my return RMA#ABCDEF23", "RMA-ABCDEF23")]
    public void Rma_numbers_are_found_as_shoppers_type_them(string text, string rma)
    {
        Assert.True(RmaNumber.TryFind(text, out var found));
        Assert.Equal(rma, found);
    }

    [Theory]
    [InlineData("karma points")]
    [InlineData("rma-abc")]
    public void Words_that_only_look_like_an_rma_are_not_one(string text) => Assert.False(RmaNumber.TryFind(text, out _));
}
