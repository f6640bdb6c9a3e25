namespace Tailor.Domain.Catalog;

/// <summary>A shopper's review, including how the item fitted them.</summary>
public sealed class Review
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public int Rating { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public FitFeedback Fit { get; set; } = FitFeedback.TrueToSize;
    public string? ReviewerSize { get; set; }
    public int? ReviewerHeightCm { get; set; }
    public string AuthorName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

public enum FitFeedback { Small, TrueToSize, Large }
