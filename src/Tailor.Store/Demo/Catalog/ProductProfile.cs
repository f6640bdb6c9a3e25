using Tailor.Domain.Catalog;

namespace Tailor.Store.Demo.Catalog;

/// <summary>
/// What the generator knows about a product but the store does not show: how popular it is, how it really fits,
/// how good it is and when it went on sale. Reviews, orders and returns are drawn from it so they agree.
/// </summary>
internal sealed record ProductProfile(
    Product Product,
    CategoryRange Range,
    double Popularity,
    FitFeedback TrueFit,
    double FitShare,
    double Quality,
    DateTimeOffset? MarkdownAt);
