using System.Globalization;
using Tailor.Assistant.Respond;

namespace Tailor.Assistant.Guard;

/// <summary>Why the guard refuses a message: stable codes for code and analytics, friendly wording (from templates.yaml) for the shopper.</summary>
public static class GuardRejections
{
    public const string Empty = "empty";
    public const string TooLong = "too-long";
    public const string ControlCharacters = "control-characters";

    private static readonly ResponseTemplates Wording = ResponseTemplates.LoadEmbedded();

    internal static GuardResult EmptyMessage() => Rejected(Empty, Wording.Render("guard_empty", 0));

    internal static GuardResult TooLongMessage(int maxLength) => Rejected(TooLong, Wording.Render("guard_too_long", 0,
        new Dictionary<string, string> { ["max_length"] = maxLength.ToString("N0", CultureInfo.InvariantCulture) }));

    internal static GuardResult OnlyControlCharacters() => Rejected(ControlCharacters, Wording.Render("guard_control_characters", 0));

    private static GuardResult Rejected(string code, string message) =>
        new() { Accepted = false, RejectionCode = code, RejectionMessage = message };
}
