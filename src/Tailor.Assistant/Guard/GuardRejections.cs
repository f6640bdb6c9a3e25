using System.Globalization;

namespace Tailor.Assistant.Guard;

/// <summary>Why the guard refuses a message: stable codes for code and analytics, friendly wording for the shopper.</summary>
public static class GuardRejections
{
    public const string Empty = "empty";
    public const string TooLong = "too-long";
    public const string ControlCharacters = "control-characters";

    internal static GuardResult EmptyMessage() => Rejected(Empty,
        "I didn't catch a message there. Tell me what you're looking for, like \"black jeans under 60\", or ask about an order.");

    internal static GuardResult TooLongMessage(int maxLength) => Rejected(TooLong, string.Format(CultureInfo.InvariantCulture,
        "That message is longer than I can take in one go. Please keep it under {0:N0} characters, or send it in a few shorter messages.", maxLength));

    internal static GuardResult OnlyControlCharacters() => Rejected(ControlCharacters,
        "I couldn't read that message: it only had hidden or control characters. Could you type it again?");

    private static GuardResult Rejected(string code, string message) =>
        new() { Accepted = false, RejectionCode = code, RejectionMessage = message };
}
