using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Tests.Conversations;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.Customers;

/// <summary>A chat started with a customer token is the customer's only while the token lasts.</summary>
[Collection(AssistantHostCollection.Name)]
public sealed class SignInExpiryTests(AssistantHost host)
{
    private readonly OrderFacts orders = new(host);

    [Fact]
    public async Task A_chat_keeps_the_expiry_of_the_token_it_started_with()
    {
        var token = TokenExpiringAt(AssistantHost.Now.AddHours(2));

        var id = await StartAsync(token);

        var conversation = await host.ReadAsync(db => db.Conversations.SingleAsync(c => c.Id == id));
        Assert.NotNull(conversation.CustomerId);
        Assert.Equal(AssistantHost.Now.AddHours(2), conversation.SignedInUntil);
        Assert.Equal(conversation.CustomerId, conversation.SignedInCustomerAt(AssistantHost.Now.AddHours(2).AddSeconds(-1)));
        Assert.Null(conversation.SignedInCustomerAt(AssistantHost.Now.AddHours(2)));
    }

    [Fact]
    public async Task Once_the_token_has_expired_the_chat_no_longer_opens_the_customers_orders()
    {
        var shipped = await orders.NumberAsync("emma-shipped");
        var live = await StartAsync(TokenExpiringAt(AssistantHost.Now.AddHours(1)));
        // Still inside the validator's minute of clock skew, so the chat starts signed in, but already past its expiry.
        var lapsed = await StartAsync(TokenExpiringAt(AssistantHost.Now.AddSeconds(-30)));

        var signedIn = await SayAsync(live, $"where is {shipped}");
        var guest = await SayAsync(lapsed, $"where is {shipped}");

        Assert.NotNull(await host.ReadAsync(db => db.Conversations.Where(c => c.Id == lapsed).Select(c => c.CustomerId).SingleAsync()));
        Assert.Contains("tracking", signedIn, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tracking", guest, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("e-mail", guest, StringComparison.OrdinalIgnoreCase);
    }

    // The host's own signing secret, issued by a clock set so that the token expires at the given moment.
    private CustomerTokens TokensIssuingAt(DateTimeOffset at) => new(Options.Create(new CustomerTokenOptions()),
        host.Services.GetRequiredService<IOptions<StoreOptions>>(), new FakeTimeProvider(at), NullLogger<CustomerTokens>.Instance);

    private string TokenExpiringAt(DateTimeOffset expiry) =>
        TokensIssuingAt(expiry - new CustomerTokenOptions().Lifetime).Issue(OrderFacts.DemoCustomer);

    private async Task<string> StartAsync(string token)
    {
        await using var scope = host.Scope();
        return (await scope.ServiceProvider.GetRequiredService<ChatEngine>().StartAsync(new PageContext(), token, CancellationToken.None)).Id;
    }

    private async Task<string> SayAsync(string conversation, string text)
    {
        await using var scope = host.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<ChatEngine>().SendAsync(conversation, text, null, CancellationToken.None);
        return result!.Messages.Single().Text;
    }
}
