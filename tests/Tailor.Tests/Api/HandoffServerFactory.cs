using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Store.Persistence;

namespace Tailor.Tests.Api;

/// <summary>The real server with a configured console admin, and helpers to sign agents in and connect them to the agent hub.</summary>
public sealed class HandoffServerFactory : TailorServerFactory
{
    public const string AdminEmail = "lead@shop.test";
    public const string AdminPassword = "tailor-lead-password-1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Tailor:Agents:Admin:Email", AdminEmail);
        builder.UseSetting("Tailor:Agents:Admin:Password", AdminPassword);
        builder.UseSetting("Tailor:Agents:Admin:DisplayName", "Lena");
    }

    /// <summary>Creates an agent account the way an admin would.</summary>
    public async Task AddAgentAsync(string email, string password, string displayName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AgentAccount>>();
        var account = new AgentAccount { UserName = email, Email = email, DisplayName = displayName };
        var created = await users.CreateAsync(account, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(account, AgentRoles.Agent);
    }

    /// <summary>Signs in through the console's login endpoint and returns the console cookie.</summary>
    public async Task<string> SignInAsync(string email, string password)
    {
        using var client = CreateClient(new() { HandleCookies = false });
        var response = await client.PostAsJsonAsync("/agent/api/login", new { email, password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    public HubConnection Hub(string cookie) => new HubConnectionBuilder()
        .WithUrl(new Uri(Server.BaseAddress, "/agent/hub"), options =>
        {
            options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
            options.Transports = HttpTransportType.LongPolling;
            if (cookie.Length > 0) options.Headers["Cookie"] = cookie;
        })
        .Build();

    public HttpClient ConsoleClient(string cookie)
    {
        var client = CreateClient(new() { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    public async Task<string> StartChatAsync(HttpClient shopper)
    {
        var response = await shopper.PostAsJsonAsync("/api/chat/conversations", new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> SayAsync(HttpClient shopper, string id, string text)
    {
        var response = await shopper.PostAsJsonAsync($"/api/chat/conversations/{id}/messages", new { text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
