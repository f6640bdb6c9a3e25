using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// "Can I see it on me?", "virtual fitting room": offers the two ways to see a product on oneself, both in the widget: the
/// fit preview (a figure from the shopper's measurements, each zone tight, right or loose for a size) and the photo
/// try-on (the garment over their own photo, which never leaves their device).
/// </summary>
public sealed class TryOnDesk(ProductReferences references)
{
    public async Task OfferAsync(Turn turn, ProductRef reference, CancellationToken ct)
    {
        var reply = turn.Reply;
        var inView = turn.State.Focus is not null || reference.Position is not null || reference.Handle is not null || turn.Page.ProductHandle is not null;
        if (!inView && turn.State.Results.Count == 0)
        {
            reply.Say("tryon_need_product").QuickReplies(["dresses", "jackets", "tops"]);
            turn.Outcome = Domain.Conversations.TurnOutcome.Clarified;
            return;
        }
        if (await references.ResolveAsync(turn, reference, ct) is not { } product) return;
        var body = turn.State.Profile.Body;
        var measured = body is { } known && (known.ChestCm ?? known.WaistCm ?? known.HipCm ?? known.HeightCm) is not null;
        var charted = product.SizeChart is { Rows.Count: > 0 };
        reply.Say(!charted ? "tryon_offer_photo" : measured ? "tryon_offer_both" : "tryon_offer_measure", ("title", product.Title));
        if (charted && measured)
            reply.Add(new FitPreviewPart(product.Handle, turn.State.Profile.Sizes.FirstOrDefault() ?? product.SizeChart!.Rows[product.SizeChart.Rows.Count / 2].Size,
                body!.ChestCm, body.WaistCm, body.HipCm, body.HeightCm));
        if (product.ImageUrl is { } image) reply.Add(new TryOnPart(product.Handle, product.Title, image));
    }
}
