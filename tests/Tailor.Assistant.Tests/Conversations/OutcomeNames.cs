using Tailor.Domain.Conversations;

namespace Tailor.Assistant.Tests.Conversations;

/// <summary>
/// Reads a script's outcome name: snake case of a <see cref="TurnOutcome"/> matches exactly; the older coarse names stay
/// families, so "answered" accepts any answer (products, policy, order shown, action done) and "handoff" a queue or a ticket.
/// </summary>
public static class OutcomeNames
{
    private static readonly TurnOutcome[] Answers =
        [TurnOutcome.Answered, TurnOutcome.AnsweredWithProducts, TurnOutcome.AnsweredPolicy, TurnOutcome.OrderTracked, TurnOutcome.OrderActionDone];

    public static bool Matches(string expected, TurnOutcome actual) => Normalise(expected) switch
    {
        "answered" => Answers.Contains(actual),
        "handoff" => actual is TurnOutcome.Handoff or TurnOutcome.Ticket,
        var name => name == Normalise(actual.ToString()),
    };

    private static string Normalise(string name) => name.Replace("_", "").ToLowerInvariant();
}
