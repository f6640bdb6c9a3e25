using static Tailor.Assistant.Tests.Entities.TestCatalog;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>Sizes, returned as the labels the catalog uses.</summary>
public sealed class SizeTests
{
    [Theory]
    [InlineData("size M", "M")]
    [InlineData("in M please", "M")]
    [InlineData("medium", "M")]
    [InlineData("I'm a small", "S")]
    [InlineData("xl", "XL")]
    [InlineData("black top XS", "XS")]
    [InlineData("extra large", "XL")]
    [InlineData("2xl", "XXL")]
    [InlineData("xxl hoodie", "XXL")]
    [InlineData("size 10", "10")]
    [InlineData("i'm a 10", "10")]
    [InlineData("uk 10", "10")]
    [InlineData("have you got this in a 12", "12")]
    [InlineData("uk 7", "UK 7")]
    [InlineData("size 7 shoes", "UK 7")]
    [InlineData("white sneakers size 6", "UK 6")]
    [InlineData("uk8 boots", "UK 8")]
    [InlineData("32 waist", "32")]
    [InlineData("w32 jeans", "32")]
    [InlineData("jeans in a 34 inch waist", "34")]
    [InlineData("eu 38", "10")]
    [InlineData("eu 38 heels", "UK 5")]
    [InlineData("us 8 dress", "12")]
    [InlineData("mens boots us 10", "UK 9")]
    [InlineData("age 5", "5-6Y")]
    [InlineData("for my 4 year old", "4-5Y")]
    [InlineData("tee for a 6 year old", "5-6Y")]
    [InlineData("kids 7-8 years", "7-8Y")]
    [InlineData("toddler 2-3y", "2-3Y")]
    [InlineData("one size", "One Size")]
    public void Sizes_come_back_as_catalog_labels(string text, string size) =>
        Assert.Equal(size, Recognize(text).Constraints.Size);

    [Theory]
    [InlineData("I'm looking for a dress")]
    [InlineData("show me a bag")]
    [InlineData("does it run small")]
    [InlineData("is it too large")]
    [InlineData("a small bag")]
    [InlineData("a medium blue shirt")]
    [InlineData("I'm in the uk")]
    [InlineData("size 5 dress")]
    [InlineData("US 9 trainers")]
    [InlineData("in 10 days")]
    [InlineData("I'm 32 years old")]
    public void Words_that_only_look_like_sizes_are_not_sizes(string text) =>
        Assert.Null(Recognize(text).Constraints.Size);
}
