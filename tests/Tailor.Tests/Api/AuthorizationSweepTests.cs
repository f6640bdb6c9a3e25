using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Server.Admin;

namespace Tailor.Tests.Api;

/// <summary>
/// Every endpoint the server maps, classified: open to anyone, behind the admin key, or for signed-in agents. A new
/// endpoint fails this test until it is added to the table below on purpose, so nothing becomes public by accident.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class AuthorizationSweepTests(TailorServerFactory server)
{
    private const string Anyone = "anyone";
    private const string AdminKey = "admin key";
    private const string Agent = "agent";

    // "METHOD /pattern" → who may call it. Anonymous entries are public on purpose: say why in a comment when it is not obvious.
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        // Catalog, content and the storefront: public store data, no personal data.
        ["GET /api/products"] = Anyone,
        ["GET /api/products/{handle}"] = Anyone,
        ["GET /api/categories"] = Anyone,
        // Computed from the query's measurements and the public size chart; nothing stored.
        ["GET /api/products/{handle}/fit-preview"] = Anyone,
        // A customer's own picks need their signed token or the admin key, checked inside (403 otherwise).
        ["GET /api/recommendations/"] = Anyone,
        ["GET /api/promotions/active"] = Anyone,
        ["GET /api/policies/"] = Anyone,
        ["GET /api/policies/{slug}"] = Anyone,
        ["GET /images/products/{handle}/{file}"] = Anyone,
        ["GET /storefront/{file}"] = Anyone,
        // Returns by RMA: unguessable numbers, no personal data.
        ["GET /api/returns/{rma}"] = Anyone,
        ["GET /returns/{rma}/label"] = Anyone,
        // The chat: shoppers are anonymous; order data inside it needs a token, order details or a one-time code.
        ["POST /api/chat/conversations/"] = Anyone,
        ["POST /api/chat/conversations/{id:maxlength(64)}/messages"] = Anyone,
        ["POST /api/chat/conversations/{id:maxlength(64)}/messages/stream"] = Anyone,
        ["GET /api/chat/conversations/{id:maxlength(64)}"] = Anyone,
        ["POST /api/chat/conversations/{id:maxlength(64)}/messages/{messageId:long}/feedback"] = Anyone,
        ["POST /api/chat/conversations/{id:maxlength(64)}/csat"] = Anyone,
        // The shopper's own preferences, keyed like the rest of the chat by the unguessable conversation id.
        ["GET /api/chat/conversations/{id:maxlength(64)}/profile/"] = Anyone,
        ["GET /api/chat/fit-preview/{handle}"] = Anyone,
        ["DELETE /api/chat/conversations/{id:maxlength(64)}/profile/"] = Anyone,
        ["GET /api/chat/conversations/{id:maxlength(64)}/events"] = Anyone,
        ["POST /api/chat/conversations/{id:maxlength(64)}/handoff/cancel"] = Anyone,
        ["POST /api/chat/conversations/{id:maxlength(64)}/tickets"] = Anyone,
        // Once per product, at the catalog's price: a forged call can add a row, never inflate revenue.
        ["POST /api/chat/conversations/{id:maxlength(64)}/cart"] = Anyone,
        ["GET /api/chat/config"] = Anyone,
        ["GET /widget.js"] = Anyone,
        // Signed with the webhook secret in the handler.
        ["POST /api/webhooks/orders"] = Anyone,
        // The console's page, scripts and sign-in must load before anyone is signed in.
        ["GET /agent"] = Anyone,
        ["GET /agent/{file:regex(^[a-z.]+\\.(js|css)$)}"] = Anyone,
        ["POST /agent/api/login"] = Anyone,
        // Health for load balancers; the API reference (Tailor:Api:Docs turns these off).
        ["* /health/live"] = Anyone,
        ["* /health/ready"] = Anyone,
        ["GET /openapi/{documentName}.json"] = Anyone,
        ["GET /docs/{documentName?}"] = Anyone,
        ["GET /docs/scalar.js"] = Anyone,
        ["GET /docs/scalar.aspnetcore.js"] = Anyone,
        ["GET /docs/favicon.svg"] = Anyone,

        ["GET /api/orders/{number}"] = AdminKey,
        ["GET /api/customers/{id}"] = AdminKey,
        ["GET /api/customers/{id}/profile/"] = AdminKey,
        ["DELETE /api/customers/{id}/profile/"] = AdminKey,
        ["GET /api/admin/returns"] = AdminKey,
        ["GET /api/admin/handoff/metrics"] = AdminKey,
        ["* /metrics"] = AdminKey,
        ["POST /api/admin/import/products"] = AdminKey,
        ["POST /api/admin/import/customers"] = AdminKey,
        ["POST /api/admin/import/orders"] = AdminKey,
        ["POST /api/admin/import/promotions"] = AdminKey,
        ["GET /api/admin/voice/preview"] = AdminKey,
        ["GET /agent/voice"] = Agent,
        ["GET /api/admin/privacy/customers/{id}"] = AdminKey,
        ["POST /api/admin/privacy/customers/{id}/erase"] = AdminKey,
        ["GET /api/admin/privacy/conversations/{id}"] = AdminKey,
        ["POST /api/admin/privacy/conversations/{id}/erase"] = AdminKey,

        ["POST /agent/api/logout"] = Agent,
        ["GET /agent/api/me"] = Agent,
        ["GET /agent/api/queue"] = Agent,
        ["GET /agent/api/tickets"] = Agent,
        ["GET /agent/api/canned"] = Agent,
        ["GET /agent/api/agents"] = Agent,
        ["GET /agent/api/handoffs/{id:long}"] = Agent,
        ["POST /agent/api/agents"] = Agent,
        // Admin role (checked by the test below); "Agent" here means the console's sign-in.
        ["GET /agent/api/analytics/"] = Agent,
        ["GET /agent/api/analytics/export.csv"] = Agent,
        ["GET /agent/api/explorer/conversations"] = Agent,
        ["GET /agent/api/explorer/conversations/{id:maxlength(64)}"] = Agent,
        ["GET /agent/api/review/queue"] = Agent,
        ["GET /agent/api/review/choices"] = Agent,
        ["POST /agent/api/review/turns/{id:long}/label"] = Agent,
        ["POST /agent/api/review/turns/{id:long}/synonym"] = Agent,
        ["POST /agent/api/review/turns/{id:long}/faq"] = Agent,
        ["POST /agent/api/review/turns/{id:long}/dismiss"] = Agent,
        ["GET /agent/api/review/labels.yaml"] = Agent,
        ["GET /agent/api/models/"] = Agent,
        ["POST /agent/api/models/retrain"] = Agent,
        ["POST /agent/api/models/rollback"] = Agent,
        ["* /agent/hub"] = Agent,
        ["* /agent/hub/negotiate"] = Agent,
    };

    [Fact]
    public void Every_mapped_endpoint_is_classified_and_only_the_listed_ones_are_anonymous()
    {
        var actual = Endpoints();
        var problems = new List<string>();
        foreach (var (endpoint, who) in actual)
        {
            if (!Expected.TryGetValue(endpoint, out var expected)) problems.Add($"not classified: {endpoint} (today: {who})");
            else if (expected != who) problems.Add($"{endpoint} is open to {who}, expected {expected}");
        }
        problems.AddRange(Expected.Keys.Except(actual.Keys).Select(e => $"listed but not mapped: {e}"));

        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\nMapped:\n"
            + string.Join("\n", actual.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"  {e.Key} = {e.Value}")));
    }

    // Razor pages are the storefront: every page is public, and none is an API.
    private Dictionary<string, string> Endpoints()
    {
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is null);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            var who = endpoint.Metadata.GetMetadata<AdminKeyRequired>() is not null ? AdminKey
                : endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0 && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null ? Agent
                : Anyone;
            foreach (var method in methods) found[$"{method} /{endpoint.RoutePattern.RawText?.TrimStart('/')}"] = who;
        }
        return found;
    }
}
