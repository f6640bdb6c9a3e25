using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Dialogue;
using Tailor.Domain.Conversations;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Guard;

/// <summary>
/// Answers a message the guard flagged instead of the dialogue: a calm reply to a first insult, a person for the second, an
/// end to the chat after that; a polite refusal of an unsafe request, and a person for someone who may harm themselves.
/// Never a cheerful goodbye to an insult: the dialogue does not see the message at all.
/// </summary>
public sealed class ContentSafetyResponder(TailorDbContext db, ContentSafety safety, ConversationReplies replies)
{
    /// <summary>The command logged for an abusive turn; earlier ones in the turn log are how repeats are counted.</summary>
    public const string AbuseCommand = "Abuse";
    public const string UnsafeCommand = "RefuseUnsafe";

    private const string SelfHarm = "self_harm";
    private static readonly string[] WhatICanDo = ["find a product", "where is my order?", "returns policy"];

    /// <summary>Writes the reply into <paramref name="turn"/>; true when the chat should end here.</summary>
    public async Task<bool> RespondAsync(Turn turn, ContentConcern concern, CancellationToken ct)
    {
        var pick = turn.State.Turns;
        if (concern.Kind == ConcernKind.Unsafe)
        {
            if (concern.Topic == SelfHarm) replies.HandOver(turn, safety.Replies.Render("unsafe_self_harm", pick), SelfHarm, UnsafeCommand, sensitiveTopic: SelfHarm);
            else Refuse(turn, safety.Replies.Render("unsafe", pick));
            return false;
        }

        var earlier = await db.Turns.CountAsync(t => t.ConversationId == turn.ConversationId && t.Command == AbuseCommand, ct);
        turn.Command = AbuseCommand;
        switch (earlier)
        {
            case 0:
                turn.Reply.Text(safety.Replies.Render("abuse_calm", pick)).QuickReplies(["talk to a person", .. WhatICanDo]);
                turn.Outcome = TurnOutcome.Fallback;
                return false;
            case 1 when !turn.State.HumanRequested:
                replies.HandOver(turn, safety.Replies.Render("abuse_person", pick), "abuse", AbuseCommand);
                return false;
            default:
                turn.Reply.Text(safety.Replies.Render("abuse_end", pick));
                turn.Outcome = TurnOutcome.Fallback;
                return true;
        }
    }

    private static void Refuse(Turn turn, string text)
    {
        turn.Reply.Text(text).QuickReplies(WhatICanDo);
        (turn.Outcome, turn.Command) = (TurnOutcome.Fallback, UnsafeCommand);
    }
}
