using Tailor.Assistant.Understanding.Embeddings;
using Tailor.Assistant.Understanding.Feelings;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Tests.Feelings;

public sealed class FeelingReaderTests
{
    private static readonly FeelingReader WordsOnly = FeelingReader.Load(TrainingData.File("emotion.yaml"), new NoTextEncoder());
    private static readonly Lazy<FeelingReader> WithEncoder =
        new(() => FeelingReader.Load(TrainingData.File("emotion.yaml"), new MiniLmTextEncoder(new TextEncoderOptions())));

    [Theory]
    [InlineData("I'm really upset, the dress I got has a hole in it", "upset")]
    [InlineData("I'm stressed, help me find a coat", "stressed")]
    [InlineData("I am absolutely furious with this service", "angry")]
    [InlineData("so disappointed with the quality", "disappointed")]
    [InlineData("I'm so excited for my holiday, need a swimsuit", "happy")]
    [InlineData("this is useless", "frustrated")]
    public void A_feeling_word_names_the_feeling(string text, string label) =>
        Assert.Equal(label, WordsOnly.Read(text).Label);

    [Fact]
    public void Negative_feelings_score_below_zero_and_frustration_follows_anger()
    {
        var upset = WordsOnly.Read("I'm really upset");
        var angry = WordsOnly.Read("I'm furious");
        Assert.True(upset.Sentiment < 0 && angry.Sentiment < 0);
        Assert.True(angry.Frustration > upset.Frustration);
        Assert.True(WordsOnly.Read("I'm so happy with it").Sentiment > 0);
    }

    [Theory]
    [InlineData("black jeans in size 32")]
    [InlineData("what's your returns policy")]
    [InlineData("I'd like a madder red dress")]
    public void A_plain_request_has_no_feeling(string text) =>
        Assert.Equal(Feeling.None, WordsOnly.Read(text));

    [Fact]
    public void Shouting_adds_frustration() =>
        Assert.True(WordsOnly.Read("WHERE IS MY PARCEL THEN").Frustration > WordsOnly.Read("where is my parcel then").Frustration);

    [Fact]
    public void The_encoder_reads_a_feeling_no_word_names_in_a_personal_message()
    {
        const string text = "nothing has gone right for me this week and I just cannot cope anymore";
        Assert.Equal(Feeling.None, WordsOnly.Read(text));
        var feeling = WithEncoder.Value.Read(text);
        Assert.True(feeling.Label is "upset" or "stressed" or "frustrated" or "disappointed" && feeling.Sentiment < 0, feeling.ToString());
    }

    [Fact]
    public void The_encoder_is_not_asked_about_product_requests() =>
        Assert.Equal(Feeling.None, WithEncoder.Value.Read("I need a black coat for my trip to Paris next week", asksForProducts: true));
}
