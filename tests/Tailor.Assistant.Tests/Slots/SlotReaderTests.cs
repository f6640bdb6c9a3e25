using Tailor.Assistant.Understanding.Intents;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Tests.Slots;

public sealed class SlotReaderTests
{
    private static readonly OrderWords Words = OrderWords.Load(Path.Combine(Path.GetDirectoryName(TrainingData.FindFolder())!, "order_words.yaml"));
    private static readonly SlotReader Reader = new(Words, new AddressReader(Words));
    private static readonly ReturnSettings Returns = new StoreSettings().Returns;

    private static readonly LineOption Jeans = new(1, "Relaxed Jeans", "jeans", "Relaxed Jeans (Indigo, 32)");
    private static readonly LineOption Tee = new(2, "Organic Cotton T-Shirt", "t-shirts", "Organic Cotton T-Shirt (White, M)");

    private static ExpectedSlot Return(SlotKind slot, params LineOption[] lines) =>
        new(slot) { ReturnReasons = Returns.ReasonCodes, RefundMethods = Returns.RefundMethods, Lines = lines };

    [Fact]
    public void A_reason_given_while_the_refund_method_is_asked_fills_its_own_slot()
    {
        var said = Reader.Read("they were too small, store credit please", Return(SlotKind.RefundMethod, Jeans, Tee));

        Assert.Equal("too-small", said.ReturnReason);
        Assert.Equal(RefundMethod.StoreCredit, said.Refund);
    }

    [Fact]
    public void A_slot_whose_choices_were_not_offered_is_not_read()
    {
        var said = Reader.Read("too small, store credit please", new ExpectedSlot(SlotKind.YesNo));

        Assert.True(said.IsEmpty);
    }

    [Fact]
    public void A_one_time_code_is_read_only_when_a_code_was_asked_for()
    {
        Assert.Equal("123456", Reader.Read("my code is 123 456", new ExpectedSlot(SlotKind.Code)).Code);
        Assert.Null(Reader.Read("my code is 123 456", Return(SlotKind.ReturnReason, Jeans)).Code);
    }

    [Theory]
    [InlineData("just one of them", 1)]
    [InlineData("actually 2 of them", 2)]
    [InlineData("only two of those", 2)]
    public void Units_of_a_line_are_read_in_words_or_digits(string text, int units) =>
        Assert.Equal(units, Reader.Read(text, Return(SlotKind.Lines, Jeans, Tee)).Units);

    [Fact]
    public void All_of_them_is_every_line_and_no_count_of_units()
    {
        var said = Reader.Read("all of them", Return(SlotKind.Lines, Jeans, Tee));

        Assert.Equal([1, 2], said.Lines);
        Assert.Null(said.Units);
    }

    [Fact]
    public void The_other_one_needs_another_line_to_mean()
    {
        Assert.True(Reader.Read("no, the other one", Return(SlotKind.ReturnReason, Jeans, Tee)).OtherLine);
        Assert.False(Reader.Read("no, the other one", Return(SlotKind.ReturnReason, Jeans)).OtherLine);
    }

    [Theory]
    [InlineData("the jeans", new[] { 1 })]
    [InlineData("Organic Cotton T-Shirt (White, M)", new[] { 2 })]
    [InlineData("the t-shirts and the jeans", new[] { 1, 2 })]
    [InlineData("too small", new int[0])]
    public void Lines_are_named_by_their_product_words_or_quick_reply(string text, int[] ids) =>
        Assert.Equal(ids, Reader.Read(text, Return(SlotKind.Lines, Jeans, Tee)).Lines);

    [Fact]
    public void A_new_size_colour_or_size_step_is_read_from_the_products_own_run()
    {
        var expected = new ExpectedSlot(SlotKind.Variant) { Variant = new VariantOptions(["8", "10", "12", "14"], ["Black", "Sage Green"], "10") };

        Assert.Equal("12", Reader.Read("a 12 please", expected).Size);
        Assert.Null(Reader.Read("a 16 please", expected).Size);
        Assert.Equal(1, Reader.Read("a size up", expected).SizeStep);
        Assert.Equal(-1, Reader.Read("one size smaller", expected).SizeStep);
        Assert.Equal("Sage Green", Reader.Read("in sage green", expected).Color);
    }
}
