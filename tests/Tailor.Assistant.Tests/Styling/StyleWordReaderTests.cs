using Tailor.Assistant.Understanding.Entities;

namespace Tailor.Assistant.Tests.Styling;

public sealed class StyleWordReaderTests
{
    [Theory]
    [InlineData("what should I wear to a beach wedding in September, I'm pear-shaped", "beach wedding", "pear")]
    [InlineData("what should I wear to a funeral", "funeral", null)]
    [InlineData("outfit for a wedding, I'm an hourglass", "wedding", "hourglass")]
    [InlineData("what to wear to a job interview", "interview", null)]
    [InlineData("I have broad shoulders, what suits me for a night out", "party", "inverted triangle")]
    [InlineData("first date tomorrow and I'm petite", "first date", "petite")]
    [InlineData("a short sleeve dress for the office", "office", null)]
    [InlineData("show me black jeans", null, null)]
    public void The_occasion_and_body_shape_are_read_from_the_style_data(string text, string? occasion, string? shape) =>
        Assert.Equal((occasion, shape), StyleWordReader.Default.Read(text));
}
