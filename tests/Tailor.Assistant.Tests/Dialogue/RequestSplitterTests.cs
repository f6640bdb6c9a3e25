using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Intents;

namespace Tailor.Assistant.Tests.Dialogue;

public sealed class RequestSplitterTests
{
    private readonly RequestSplitter splitter = RequestSplitter.Load(TrainingData.File(RequestSplitter.FileName));

    [Theory]
    [InlineData("black ankle boots in size 6 and what's your returns policy", "black ankle boots in size 6", "what's your returns policy")]
    [InlineData("do you have linen shirts? also how long does delivery take", "do you have linen shirts", "also how long does delivery take")]
    [InlineData("where is my order, and can i pay with klarna", "where is my order", "can i pay with klarna")]
    public void A_second_request_is_cut_off_where_it_starts(string text, string first, string second) =>
        Assert.Contains((first, second), splitter.Cuts(text));

    [Theory]
    [InlineData("black jeans and a white top")]
    [InlineData("a dress for a wedding and something to wear over it")]
    [InlineData("ok. thanks")]
    [InlineData("show me dresses")]
    public void One_request_is_not_cut(string text) => Assert.Empty(splitter.Cuts(text));
}
