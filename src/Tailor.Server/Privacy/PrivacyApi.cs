using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Tailor.Server.Admin;
using Tailor.Store.Privacy;

namespace Tailor.Server.Privacy;

/// <summary>
/// Export and erasure of a customer's or a conversation's personal data for the store's staff (admin key), and the
/// retention job. The same operations are on the command line: <c>tailor privacy export|erase</c>.
/// </summary>
public static class PrivacyApi
{
    private const string Actor = "admin:api-key";

    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue($"{RetentionOptions.Section}:Enabled", defaultValue: true)) builder.Services.AddHostedService<RetentionService>();
        return builder;
    }

    public static WebApplication MapPrivacyApi(this WebApplication app)
    {
        var privacy = app.MapGroup("/api/admin/privacy").WithTags("Privacy").RequireAdminApiKey();
        privacy.MapGet("/customers/{id}", ExportCustomerAsync).WithName("ExportCustomerData")
            .WithSummary("Everything held about a customer (by id or e-mail): profile, orders, returns, chats, tickets, audit rows.");
        privacy.MapPost("/customers/{id}/erase", EraseCustomerAsync).WithName("EraseCustomerData")
            .WithSummary("Erase a customer's personal data; their orders keep the financial facts.");
        privacy.MapGet("/conversations/{id}", ExportConversationAsync).WithName("ExportConversationData")
            .WithSummary("A conversation with its messages, turn log, feedback, handoffs, notes, tickets and order actions.");
        privacy.MapPost("/conversations/{id}/erase", EraseConversationAsync).WithName("EraseConversationData")
            .WithSummary("Delete a conversation and everything attached to it.");
        return app;
    }

    private static async Task<Results<Ok<JsonObject>, NotFound>> ExportCustomerAsync(string id, PersonalDataExport export, CancellationToken ct) =>
        await export.CustomerAsync(id, Actor, ct) is { } document ? TypedResults.Ok(document) : TypedResults.NotFound();

    private static async Task<Results<Ok<ErasureReport>, NotFound>> EraseCustomerAsync(string id, PersonalDataErasure erasure, CancellationToken ct) =>
        await erasure.EraseCustomerAsync(id, Actor, ct) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();

    private static async Task<Results<Ok<JsonObject>, NotFound>> ExportConversationAsync(string id, PersonalDataExport export, CancellationToken ct) =>
        await export.ConversationAsync(id, Actor, ct) is { } document ? TypedResults.Ok(document) : TypedResults.NotFound();

    private static async Task<Results<Ok<ErasureReport>, NotFound>> EraseConversationAsync(string id, PersonalDataErasure erasure, CancellationToken ct) =>
        await erasure.EraseConversationAsync(id, Actor, ct) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();
}
