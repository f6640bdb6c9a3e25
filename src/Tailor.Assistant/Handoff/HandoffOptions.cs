namespace Tailor.Assistant.Handoff;

/// <summary>Handoff settings, section <c>Tailor:Handoff</c>.</summary>
public sealed class HandoffOptions
{
    public const string Section = "Tailor:Handoff";

    /// <summary>Minutes one queued shopper waits before anyone has been claimed, until measured claims give a better figure.</summary>
    public double DefaultWaitMinutes { get; set; } = 3;

    /// <summary>How many recent claims the estimated wait is averaged over.</summary>
    public int WaitSample { get; set; } = 20;
}
