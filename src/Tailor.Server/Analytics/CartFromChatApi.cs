using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Domain.Conversations;
using Tailor.Server.Chat;
using Tailor.Store.Persistence;

namespace Tailor.Server.Analytics;

/// <summary>The widget reports a product added to the bag from a chat card, for chat-assisted add-to-cart and revenue.</summary>
public static class CartFromChatApi
{
    public sealed record AddedToCart(string? Handle);

    public static WebApplication MapCartFromChat(this WebApplication app)
    {
        app.MapGroup("/api/chat/conversations").WithTags("Chat")
            .MapPost("/{id:maxlength(64)}/cart", Record).WithName("RecordAddToCartFromChat")
            .WithSummary("Records that the shopper added a product from this chat's cards to the bag; once per product, at today's catalog price.");
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> Record(
        string id, AddedToCart request, TailorDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Handle) || request.Handle.Length > 200)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["handle"] = ["handle must name a product from the chat's cards."] });
        if (!await db.Conversations.AnyAsync(c => c.Id == id, ct)) return ChatApi.NotFoundConversation(id);
        // The price comes from the catalog, never from the page, so a crafted request cannot inflate chat revenue.
        var prices = await db.Variants.Where(v => v.Product!.Handle == request.Handle).Select(v => v.Price).ToListAsync(ct);
        if (prices.Count == 0)
            return TypedResults.Problem(title: "Product not found", statusCode: StatusCodes.Status404NotFound, detail: $"No product has the handle '{request.Handle}'.");
        if (!await db.ChatEvents.AnyAsync(e => e.ConversationId == id && e.Kind == ChatEventKind.AddToCart && e.ProductHandle == request.Handle, ct))
        {
            db.ChatEvents.Add(new ChatEvent
            {
                ConversationId = id, Kind = ChatEventKind.AddToCart, ProductHandle = request.Handle, Amount = prices.Min(), CreatedAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.NoContent();
    }
}
