using Tailor.Assistant.Respond;
using Tailor.Assistant.Skills.Policies;
using Tailor.Domain.Conversations;

namespace Tailor.Assistant.Dialogue;

/// <summary>Policy and FAQ questions, answered by quoting the store's own pages with a link; "I don't know" otherwise.</summary>
public sealed class PolicyDesk(PolicyAnswerer answerer)
{
    public async Task AnswerAsync(Turn turn, string topic, string question, CancellationToken ct)
    {
        var answer = await answerer.AnswerAsync(question, topic, ct);
        if (answer is null)
        {
            turn.Reply.Say("policy_unknown").QuickReplies(["talk to a person", "returns policy", "delivery times"]);
            turn.Outcome = TurnOutcome.Fallback;
            return;
        }
        Quote(turn, answer);
        turn.State.PolicyTopic = topic;
        turn.State.PolicyTurn = turn.State.Turns;
        // With a task waiting for an answer, the task's own question follows, not "anything else?".
        if (!turn.FlowWaiting) turn.Reply.Say("policy_next_step");
    }

    private static void Quote(Turn turn, PolicyAnswer answer)
    {
        turn.Reply.Say("policy_answer", ("title", answer.Title));
        turn.Reply.Text($"\"{answer.Quote}\"");
        turn.Reply.Add(new CitationPart(answer.Title, answer.Url, answer.Quote));
    }
}
