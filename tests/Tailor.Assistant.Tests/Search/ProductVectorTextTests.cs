using Tailor.Assistant.Skills.Search;

namespace Tailor.Assistant.Tests.Search;

/// <summary>The product text a vector is made from says each thing about the garment once, and nothing else.</summary>
public sealed class ProductVectorTextTests
{
    private const string Attributes =
        """{"Fit":"relaxed","Material":"viscose","Neckline":"high neck","Occasions":["party","date night"],"Pattern":"floral","Seasons":["spring","summer","autumn"],"Sleeve":"sleeveless","Styles":["vintage","edgy"]}""";

    [Fact]
    public void A_product_text_names_the_audience_once_and_skips_what_the_title_already_says()
    {
        var text = ProductVectorText.Of(new(1, "Relaxed Floral Sundress", "dresses", "Kids > Clothing > Dresses", "Kids", Attributes));

        Assert.Equal("kids' Relaxed Floral Sundress dresses viscose relaxed fit high neck sleeveless for party date night vintage edgy", text);
    }

    [Fact]
    public void Shoes_and_accessories_keep_their_department_and_one_or_two_seasons_are_kept()
    {
        const string boots = """{"Material":"suede","Occasions":[],"Seasons":["autumn","winter"],"Styles":["classic"]}""";

        var text = ProductVectorText.Of(new(2, "Ankle Chelsea Boots", "boots", "Women > Shoes > Boots", "Women", boots));

        Assert.Equal("women's Ankle Chelsea Boots shoes suede autumn winter classic", text);
    }

    [Fact]
    public void A_product_whose_attributes_cannot_be_read_still_gets_its_title_and_category()
    {
        var text = ProductVectorText.Of(new(3, "Plain Tee", "t-shirts", "Men > Clothing > T-Shirts", "Men", "not json"));

        Assert.Equal("men's Plain Tee t-shirts", text);
    }
}
