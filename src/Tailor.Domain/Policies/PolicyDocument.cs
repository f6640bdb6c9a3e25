namespace Tailor.Domain.Policies;

/// <summary>A policy or FAQ page of the store, in Markdown, that the assistant quotes and links.</summary>
public sealed class PolicyDocument
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public PolicyKind Kind { get; set; } = PolicyKind.Policy;
    public string Url { get; set; } = "";
    public string Markdown { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum PolicyKind { Policy, Faq }
