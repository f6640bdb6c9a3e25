using Tailor.Assistant.Handoff;

namespace Tailor.Assistant.Tests.Handoff;

public sealed class PersonRequestTests
{
    private readonly HandoffPhrases phrases = HandoffPhrases.LoadEmbedded();

    [Theory]
    [InlineData("get me a real person NOW")]
    [InlineData("can i speak to someone from customer service please")]
    [InlineData("I'd like to talk to a human")]
    [InlineData("i want a manager")]
    [InlineData("agent please")]
    [InlineData("HUMAN!!")]
    [InlineData("just put me through to an agent")]
    [InlineData("let me speak to somebody")]
    public void An_explicit_request_for_a_person_is_recognised(string text) => Assert.True(phrases.AsksForPerson(text));

    [Theory]
    [InlineData("am i talking to a real person?")]
    [InlineData("are you a human or a bot")]
    [InlineData("i need someone to tell me if this runs small")]
    [InlineData("what is the customer service number")]
    [InlineData("a dress for a wedding")]
    [InlineData("does a person have to sign for the parcel")]
    public void Other_messages_mentioning_people_are_not_requests(string text) => Assert.False(phrases.AsksForPerson(text));
}
