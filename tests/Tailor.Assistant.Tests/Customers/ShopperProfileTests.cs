using Tailor.Assistant.Customers.Profile;
using Tailor.Assistant.Understanding;
using Tailor.Domain.Catalog;

namespace Tailor.Assistant.Tests.Customers;

/// <summary>Profile memory: which messages are about the shopper, what is kept, how it shapes a search, and forgetting.</summary>
public sealed class ShopperProfileTests
{
    private static ProfileRequest Read(string text, SearchConstraints constraints, BodyMeasurements? body = null) =>
        ProfileWords.Default.Read(text, RecognizedEntities.None with { Constraints = constraints, Measurements = body });

    public static TheoryData<string, SearchConstraints, string> Statements => new()
    {
        { "I'm a size 12", new SearchConstraints { Size = "12" }, "sizes=12" },
        { "I hate orange", new SearchConstraints { ExcludedColors = ["orange"] }, "disliked=orange" },
        { "I love green", new SearchConstraints { Colors = ["green"] }, "liked=green" },
        { "I prefer a relaxed fit", new SearchConstraints { Fits = ["relaxed"] }, "fit=relaxed" },
        { "keep it under £50", new SearchConstraints { MaxPrice = 50 }, "budget=50" },
        { "I'm shopping menswear", new SearchConstraints { Gender = Gender.Men }, "department=Men" },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public void A_statement_about_themselves_is_read_as_a_preference(string text, SearchConstraints constraints, string expected)
    {
        var said = Read(text, constraints).Statement;

        Assert.NotNull(said);
        Assert.Equal(expected, Describe(said));
    }

    [Theory]
    [InlineData("size 12 dresses")]
    [InlineData("red dresses under 50")]
    [InlineData("not orange")]
    [InlineData("menswear jackets")]
    public void A_search_alone_is_not_a_preference(string text)
    {
        var request = Read(text, new SearchConstraints { Size = "12", Colors = ["red"], ExcludedColors = ["orange"], MaxPrice = 50, Gender = Gender.Men });

        Assert.Null(request.Statement);
    }

    [Theory]
    [InlineData("forget my sizes", ProfilePart.Sizes)]
    [InlineData("please forget my budget", ProfilePart.Budget)]
    [InlineData("clear my colours", ProfilePart.Colors)]
    [InlineData("forget everything about me", ProfilePart.All)]
    public void Forgetting_names_the_part(string text, ProfilePart part) =>
        Assert.Equal(part, Read(text, SearchConstraints.Empty).Forget);

    [Theory]
    [InlineData("forget it")]
    [InlineData("remove the size filter")]
    [InlineData("delete my account")]
    public void Other_forgetting_is_not_about_the_profile(string text) =>
        Assert.Null(Read(text, SearchConstraints.Empty).Forget);

    [Theory]
    [InlineData("what do you know about me?")]
    [InlineData("What have you remembered")]
    public void Asking_what_is_known_shows_the_profile(string text) => Assert.True(Read(text, SearchConstraints.Empty).Show);

    [Fact]
    public void The_profile_shapes_a_search_but_what_the_search_says_wins()
    {
        var profile = new ShopperProfile().With(new ProfileStatement { Sizes = ["12"], DislikedColors = ["orange", "brown"], Budget = 50, Department = Gender.Women });

        var plain = profile.Shape(new SearchConstraints { Category = "dresses" });
        var asked = profile.Shape(new SearchConstraints { Category = "dresses", Size = "14", Colors = ["orange"], MinPrice = 80, Gender = Gender.Men });

        Assert.Equal(("12", Gender.Women, 50m), (plain.Size, plain.Gender, plain.MaxPrice));
        Assert.Equal(["orange", "brown"], plain.ExcludedColors);
        Assert.Equal(("14", Gender.Men, (decimal?)null), (asked.Size, asked.Gender, asked.MaxPrice));
        Assert.Equal(["brown"], asked.ExcludedColors);
    }

    [Fact]
    public void A_colour_liked_after_it_was_disliked_moves_and_forgetting_one_part_keeps_the_rest()
    {
        var profile = new ShopperProfile().With(new ProfileStatement { Sizes = ["12"], DislikedColors = ["green"], Budget = 60 });

        profile.Remember(new ProfileStatement { LikedColors = ["green"] });
        profile.Forget(ProfilePart.Sizes);

        Assert.Equal(["green"], profile.LikedColors);
        Assert.Empty(profile.DislikedColors);
        Assert.Empty(profile.Sizes);
        Assert.Equal(60m, profile.Budget);
        profile.Forget(ProfilePart.All);
        Assert.True(profile.IsEmpty);
    }

    [Fact]
    public void The_stated_fit_decides_between_sizes() =>
        Assert.Equal((FitPreference.Loose, FitPreference.Snug),
            (new ShopperProfile { Fit = "relaxed" }.FitPreference, new ShopperProfile { Fit = "slim" }.FitPreference));

    private static string Describe(ProfileStatement said) => string.Join(' ', new[]
    {
        said.Sizes.Count > 0 ? $"sizes={string.Join(',', said.Sizes)}" : null,
        said.LikedColors.Count > 0 ? $"liked={string.Join(',', said.LikedColors)}" : null,
        said.DislikedColors.Count > 0 ? $"disliked={string.Join(',', said.DislikedColors)}" : null,
        said.Fit is { } fit ? $"fit={fit}" : null,
        said.Budget is { } budget ? $"budget={budget:0}" : null,
        said.Department is { } department ? $"department={department}" : null,
    }.Where(s => s is not null));
}
