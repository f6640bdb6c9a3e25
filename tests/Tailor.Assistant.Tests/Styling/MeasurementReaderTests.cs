using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Entities;

namespace Tailor.Assistant.Tests.Styling;

public sealed class MeasurementReaderTests
{
    [Theory]
    [InlineData("bust 92 cm, waist 74 cm", "chest", 92)]
    [InlineData("bust 92 cm, waist 74 cm", "waist", 74)]
    [InlineData("my chest is 40 inches", "chest", 101.6)]
    [InlineData("waist 30", "waist", 76.2)]
    [InlineData("I've got a 40 inch chest and broad shoulders", "chest", 101.6)]
    [InlineData("a 32in waist", "waist", 81.3)]
    [InlineData("waist 74", "waist", 74)]
    [InlineData("hips 100cm", "hip", 100)]
    [InlineData("hips 40\"", "hip", 101.6)]
    [InlineData("inside leg 32", "inseam", 81.3)]
    [InlineData("inseam 78 cm", "inseam", 78)]
    [InlineData("I'm 5'6", "height", 168)]
    [InlineData("i’m 5′6″", "height", 168)]
    [InlineData("about 5 ft 10", "height", 178)]
    [InlineData("I am 170cm", "height", 170)]
    [InlineData("I'm 1.65m", "height", 165)]
    [InlineData("180 cm tall", "height", 180)]
    [InlineData("60 kg", "weight", 60)]
    [InlineData("9 st 7", "weight", 60.3)]
    [InlineData("140 lbs", "weight", 63.5)]
    public void Measurements_are_read_in_centimetres_and_kilograms_whatever_the_units(string text, string what, double expected)
    {
        var read = MeasurementReader.Read(text);

        Assert.NotNull(read);
        var value = what switch
        {
            "chest" => read.ChestCm,
            "waist" => read.WaistCm,
            "hip" => read.HipCm,
            "inseam" => read.InseamCm,
            "height" => read.HeightCm,
            _ => read.WeightKg,
        };
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("I'm usually a 10 in Zara", "10", "zara")]
    [InlineData("i normally wear a size 12", "12", null)]
    [InlineData("I usually take M", "M", null)]
    [InlineData("I'm an EU 38", "EU 38", null)]
    [InlineData("usually a US 8 and I like it loose", "US 8", null)]
    public void A_size_worn_elsewhere_is_read_with_its_system_and_brand(string text, string size, string? brand)
    {
        var read = MeasurementReader.Read(text);

        Assert.Equal(size, read?.UsualSize);
        Assert.Equal(brand, read?.UsualBrand);
    }

    [Theory]
    [InlineData("I like it loose", FitPreference.Loose)]
    [InlineData("I prefer a snug fit", FitPreference.Snug)]
    [InlineData("snug fit please, I'm usually a 10", FitPreference.Snug)]
    [InlineData("I like them fitted", FitPreference.Snug)]
    public void A_fit_preference_is_read(string text, FitPreference expected) =>
        Assert.Equal(expected, MeasurementReader.Read(text)?.Fit ?? FitPreference.Unstated);

    [Theory]
    [InlineData("show me red dresses under 50")]
    [InlineData("size 12 jeans")]
    [InlineData("I'm 100% sure")]
    [InlineData("order TL-10023")]
    public void Messages_without_measurements_give_none(string text) => Assert.Null(MeasurementReader.Read(text));
}
