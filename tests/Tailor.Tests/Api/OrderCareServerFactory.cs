using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tailor.Assistant.Customers;
using Tailor.Server.Webhooks;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Api;

/// <summary>
/// The real server with webhooks set up: a shared secret, the store's webhook URL answered by <see cref="StoreBackend"/>
/// instead of the network, and a clock that moves only when a test moves it (so retries and timestamps are exact).
/// </summary>
public sealed class OrderCareServerFactory : TailorServerFactory
{
    /// <summary>The shared key of an install from before separate keys: here it signs outgoing events only.</summary>
    public const string Secret = "test-webhook-secret-0123456789abcdef";
    /// <summary>The key the store signs its updates with.</summary>
    public const string InboundSecret = "test-inbound-webhook-secret-fedcba9876543210";
    public const string StoreUrl = "https://store.test/tailor/webhooks";

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public StoreBackend Backend { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Tailor:Webhooks:Secret", Secret);
        builder.UseSetting("Tailor:Webhooks:InboundSecret", InboundSecret);
        builder.UseSetting("Tailor:Webhooks:Url", StoreUrl);
        builder.UseSetting("Tailor:Webhooks:RetryBaseDelay", "00:00:30");
        builder.UseSetting("Tailor:Webhooks:MaxAttempts", "3");
        // The background dispatcher stays asleep: tests deliver the outbox themselves, at times they choose.
        builder.UseSetting("Tailor:Webhooks:PollInterval", "1.00:00:00");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddHttpClient(WebhookSender.ClientName).ConfigurePrimaryHttpMessageHandler(() => Backend).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        });
    }

    public string TokenFor(string customer) => Services.GetRequiredService<CustomerTokens>().Issue(customer);

    public async Task<T> ReadAsync<T>(Func<TailorDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TailorDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }
}

/// <summary>The store's backend as the webhook sender meets it: records each request and answers with the next queued status.</summary>
public sealed class StoreBackend : HttpMessageHandler
{
    private readonly Queue<HttpStatusCode> answers = new();

    public List<(HttpRequestMessage Request, byte[] Body)> Received { get; } = [];

    public void AnswerNext(params HttpStatusCode[] statuses)
    {
        foreach (var status in statuses) answers.Enqueue(status);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(ct);
        lock (Received) Received.Add((request, body));
        return new HttpResponseMessage(answers.TryDequeue(out var status) ? status : HttpStatusCode.OK);
    }
}
