using Tailor.Assistant.Understanding.Embeddings;

namespace Tailor.Assistant.Tests.Embeddings;

public sealed class TextEncoderTests
{
    private static readonly MiniLmTextEncoder Encoder = new(new TextEncoderOptions());

    [Fact]
    public void Vectors_are_unit_length_with_the_models_dimensions()
    {
        var vector = Encoder.Encode("a navy linen shirt");
        Assert.Equal(384, vector.Length);
        Assert.InRange(Vectors.Cosine(vector, vector), 0.999f, 1.001f);
    }

    [Fact]
    public void Texts_that_mean_the_same_lie_closer_than_unrelated_ones()
    {
        var parcel = Encoder.Encode("where is my parcel");
        var order = Encoder.Encode("has my order shipped yet?");
        var dress = Encoder.Encode("a red summer dress for a wedding");
        Assert.True(Vectors.Cosine(parcel, order) > Vectors.Cosine(parcel, dress) + 0.2f);
    }

    [Fact]
    public void A_batch_encodes_like_single_texts_and_repeated_texts_come_from_the_cache()
    {
        var batch = Encoder.EncodeBatch(["Warm Wool Coat", "sneakers"], CancellationToken.None);
        var single = Encoder.Encode("warm wool coat");
        Assert.InRange(Vectors.Cosine(batch[0], single), 0.999f, 1.001f);
        Assert.Same(single, Encoder.Encode("  warm wool coat "));
    }

    [Fact]
    public void A_switched_off_encoder_says_so_and_refuses_to_encode()
    {
        var off = new NoTextEncoder();
        Assert.False(off.IsAvailable);
        Assert.Throws<InvalidOperationException>(() => off.Encode("dress"));
    }
}
