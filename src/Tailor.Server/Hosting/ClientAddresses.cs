using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Tailor.Assistant.Customers;
using Tailor.Store.Persistence;

namespace Tailor.Server.Hosting;

/// <summary>Whether to believe X-Forwarded-For/Proto (configuration section <c>Tailor:Network</c>).</summary>
public sealed class NetworkOptions
{
    public const string Section = "Tailor:Network";

    /// <summary>Behind a reverse proxy or load balancer: take the client's address and scheme from its forwarded headers.</summary>
    public bool TrustForwardedHeaders { get; set; }
    /// <summary>The proxies whose forwarded headers count (IP addresses); empty means only the same machine (loopback).</summary>
    public List<string> KnownProxies { get; set; } = [];
    /// <summary>Networks whose proxies count (CIDR, e.g. <c>10.0.0.0/8</c>), for proxies without a fixed address (containers).</summary>
    public List<string> KnownNetworks { get; set; } = [];
    /// <summary>How many proxies in a row may have forwarded the request (entries of X-Forwarded-For read from the right).</summary>
    public int ForwardLimit { get; set; } = 1;
}

/// <summary>
/// Names the client behind each request for abuse limits (order look-up lock-outs, rate limits) as a keyed hash of its
/// address: the address itself is personal data and is never stored.
/// </summary>
public sealed class ClientKeys(IOptions<StoreOptions> store)
{
    private const string KeyFile = "client-key";
    private readonly Lazy<byte[]> key = new(() => Encoding.UTF8.GetBytes(DataFolderSecret.LoadOrCreate(store.Value, KeyFile, 32, out _)));

    public string? For(IPAddress? address)
    {
        if (address is null) return null;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var hash = HMACSHA256.HashData(key.Value, Encoding.ASCII.GetBytes(address.ToString()));
        return Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

/// <summary>Forwarded headers when configured, then the client key of every request for the assistant's abuse limits.</summary>
public static class ClientAddresses
{
    public static WebApplicationBuilder AddClientAddresses(this WebApplicationBuilder builder)
    {
        var network = builder.Configuration.GetSection(NetworkOptions.Section).Get<NetworkOptions>() ?? new NetworkOptions();
        builder.Services.AddSingleton(network);
        builder.Services.AddSingleton<ClientKeys>();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = network.ForwardLimit;
            foreach (var proxy in network.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var range in network.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(range));
        });
        return builder;
    }

    public static WebApplication UseClientAddresses(this WebApplication app)
    {
        if (app.Services.GetRequiredService<NetworkOptions>().TrustForwardedHeaders) app.UseForwardedHeaders();
        var keys = app.Services.GetRequiredService<ClientKeys>();
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<ShopperClient>().Key = keys.For(context.Connection.RemoteIpAddress);
            return next(context);
        });
        return app;
    }
}
