using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tailor.Domain.Webhooks;
using Tailor.Store.Persistence;

namespace Tailor.Server.Webhooks;

/// <summary>
/// <c>POST /api/webhooks/orders</c>: the store pushes order status, shipment and return updates. Each delivery must be
/// signed (<see cref="WebhookSignature"/>, over the timestamp and the body), recent (X-Tailor-Timestamp within the
/// tolerance) and new: the delivery id in the signed body is kept for twice the tolerance, and the same id again is refused
/// as a replay.
/// </summary>
public static class OrderWebhooksApi
{
    private const int MaxBodyBytes = 1 << 20;

    /// <summary>What was applied: the delivery id and its type.</summary>
    public sealed record Receipt(string Id, string Type);

    public static WebApplication MapOrderWebhooks(this WebApplication app)
    {
        app.MapPost("/api/webhooks/orders", ReceiveAsync).WithName("ReceiveOrderWebhook").WithTags("Webhooks")
            .WithSummary("Order status, shipment and return updates from the store, HMAC-signed (X-Tailor-Signature, X-Tailor-Timestamp).")
            .Accepts<StoreUpdate>("application/json");
        return app;
    }

    private static async Task<Results<Accepted<Receipt>, ProblemHttpResult, ValidationProblem>> ReceiveAsync(
        HttpRequest request, IOptions<WebhookOptions> options, TailorDbContext db, StoreUpdates updates, TimeProvider time, CancellationToken ct)
    {
        var settings = options.Value;
        if (settings.InboundKey is not { Length: > 0 } secret)
            return Problem(StatusCodes.Status503ServiceUnavailable, "Webhooks are not set up",
                $"Set {WebhookOptions.Section}:InboundSecret (or Secret) to the key the store signs its webhooks with.");

        var body = await ReadBodyAsync(request, ct);
        if (body is null) return Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", $"A webhook body may be at most {MaxBodyBytes} bytes.");
        // The timestamp is read before the signature is checked, but only trusted once the signature covering it holds.
        var hasTimestamp = long.TryParse(request.Headers[WebhookSignature.TimestampHeader], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds);
        if (!hasTimestamp || !WebhookSignature.IsValid(secret, seconds, body, request.Headers[WebhookSignature.SignatureHeader]))
            return Problem(StatusCodes.Status401Unauthorized, "Bad signature",
                $"{WebhookSignature.SignatureHeader} must be sha256=<hex HMAC-SHA256 of \"<{WebhookSignature.TimestampHeader}>.<raw body>\"> with the shared secret.");
        var now = time.GetUtcNow();
        if ((now - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799))).Duration() > settings.TimestampTolerance)
            return Problem(StatusCodes.Status401Unauthorized, "Stale timestamp",
                $"{WebhookSignature.TimestampHeader} must be the send time in Unix seconds, within {settings.TimestampTolerance.TotalMinutes:0} minutes of now.");
        // Ids older than the retention can only come back with a timestamp the check above refuses, so they need not be kept.
        var expired = now - settings.ReceivedIdRetention;
        await db.ReceivedWebhooks.Where(r => r.ReceivedAt < expired).ExecuteDeleteAsync(ct);

        StoreUpdate? update;
        try { update = JsonSerializer.Deserialize<StoreUpdate>(body, JsonSerializerOptions.Web); }
        catch (JsonException e) { return Invalid("body", $"The body is not valid JSON: {e.Message}"); }
        if (update is null || string.IsNullOrWhiteSpace(update.Id) || update.Id.Length > 100) return Invalid("id", "Give each delivery a unique id (at most 100 characters).");
        if (update.Type is null || !StoreUpdates.Types.Contains(update.Type)) return Invalid("type", $"type must be one of {string.Join(", ", StoreUpdates.Types)}.");
        if (update.Data.ValueKind != JsonValueKind.Object) return Invalid("data", "data must be an object.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.ReceivedWebhooks.AnyAsync(r => r.DeliveryId == update.Id, ct)) return Replay(update.Id);
        if (await updates.ApplyAsync(update, ct) is { } problem) return Problem(problem.StatusCode, problem.Title, problem.Detail);
        db.ReceivedWebhooks.Add(new ReceivedWebhook { DeliveryId = update.Id, Type = update.Type, ReceivedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await IsReplayAsync(db, update.Id, ct)) return Replay(update.Id);
            throw;
        }
        await transaction.CommitAsync(ct);
        return TypedResults.Accepted((string?)null, new Receipt(update.Id, update.Type));
    }

    // The same delivery twice at once: the unique index lets one in.
    private static async Task<bool> IsReplayAsync(TailorDbContext db, string id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.ReceivedWebhooks.AsNoTracking().AnyAsync(r => r.DeliveryId == id, ct);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static ProblemHttpResult Replay(string id) => Problem(StatusCodes.Status409Conflict, "Already received",
        $"Delivery '{id}' was already applied; a repeated delivery id is refused as a replay. Send new updates with a new id.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The update is not valid.");
}
