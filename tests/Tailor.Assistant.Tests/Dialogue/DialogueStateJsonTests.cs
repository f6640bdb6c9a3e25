using Tailor.Assistant.Dialogue;

namespace Tailor.Assistant.Tests.Dialogue;

public sealed class DialogueStateJsonTests
{
    [Fact]
    public void A_version_1_state_moves_its_flows_onto_the_stack_with_the_active_one_on_top()
    {
        const string version1 = """
            {"search":{"category":"coats"},"focus":"wool-coat-1","turns":4,"humanOffered":true,
             "flow":{"name":"order","slots":{"task":"Return","step":"Identity","order":"TL-100023"}},
             "interrupted":[{"name":"search","search":{"category":"dresses"}}]}
            """;
        var state = DialogueStateJson.Read(version1, out var reset);

        Assert.False(reset);
        Assert.Equal(DialogueState.CurrentVersion, state.Version);
        Assert.Equal(["search", "order"], state.Stack.Select(f => f.Name));
        Assert.Equal("TL-100023", state.Flow!.Slots["order"]);
        Assert.Equal("dresses", Assert.Single(state.Interrupted).Search!.Category);
        Assert.Equal("coats", state.Search!.Category);
        Assert.True(state.HumanOffered);
    }

    [Fact]
    public void The_current_version_round_trips()
    {
        var state = new DialogueState { Turns = 2, Focus = "a-dress" };
        state.Flow = new FlowFrame { Name = "search" };
        state.Flow = new FlowFrame { Name = "order", Slots = { ["step"] = "OrderNumber" } };

        var read = DialogueStateJson.Read(DialogueStateJson.Write(state), out var reset);

        Assert.False(reset);
        Assert.Equal(["search", "order"], read.Stack.Select(f => f.Name));
        Assert.Equal("a-dress", read.Focus);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"version":99,"turns":1}""")]
    [InlineData("""{"stack":"should be a list"}""")]
    public void An_unreadable_state_starts_afresh_and_says_so(string json)
    {
        var state = DialogueStateJson.Read(json, out var reset);

        Assert.True(reset);
        Assert.Empty(state.Stack);
    }

    [Fact]
    public void A_flow_of_another_kind_pushes_and_ending_it_resumes_the_one_below()
    {
        var state = new DialogueState();
        var search = new FlowFrame { Name = "search" };
        state.Flow = search;
        state.Flow = new FlowFrame { Name = "order" };
        Assert.Same(search, Assert.Single(state.Interrupted));

        state.Flow = null;

        Assert.Same(search, state.Flow);
    }

    [Fact]
    public void A_person_offered_counts_for_the_next_turn_only()
    {
        var state = new DialogueState { Turns = 3 };
        state.OfferPerson();
        state.Turns++;
        Assert.True(state.PersonOfferedLastTurn);
        state.Turns++;
        Assert.False(state.PersonOfferedLastTurn);
    }
}
