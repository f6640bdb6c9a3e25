using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tailor.Assistant.Customers;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.Customers;

public sealed class CustomerTokensTests : IDisposable
{
    private const string Secret = "a-store-backend-secret-of-forty-characters";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "tailor-tokens-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_token_it_issued_names_the_customer()
    {
        var tokens = Tokens(Secret);
        Assert.Equal("cus_000001", await tokens.ValidateAsync(tokens.Issue("cus_000001")));
    }

    [Fact]
    public async Task A_token_signed_with_another_secret_is_refused()
    {
        var forged = Tokens("another-secret-that-is-also-long-enough-to-sign").Issue("cus_000001");
        Assert.Null(await Tokens(Secret).ValidateAsync(forged));
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        var tokens = Tokens(Secret);
        var parts = tokens.Issue("cus_000001").Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace("cus_000001", "cus_000002");
        parts[1] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload);
        Assert.Null(await tokens.ValidateAsync(string.Join('.', parts)));
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var tokens = Tokens(Secret);
        var token = tokens.Issue("cus_000001");
        clock.Advance(TimeSpan.FromHours(13));
        Assert.Null(await tokens.ValidateAsync(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    public async Task Garbage_is_refused_without_an_error(string? token) => Assert.Null(await Tokens(Secret).ValidateAsync(token));

    [Fact]
    public async Task Without_a_configured_secret_one_is_generated_once_and_kept()
    {
        var first = Tokens(null);
        var second = Tokens(null);
        Assert.Equal("cus_000009", await second.ValidateAsync(first.Issue("cus_000009")));
        Assert.True(File.Exists(Path.Combine(dataFolder, "customer-token-secret")));
    }

    [Fact]
    public void A_short_secret_is_rejected_at_start() => Assert.Throws<OptionsValidationException>(() => Tokens("too-short"));

    private CustomerTokens Tokens(string? secret) => new(
        Options.Create(new CustomerTokenOptions { Secret = secret }), Options.Create(new StoreOptions { DataDirectory = dataFolder }),
        clock, NullLogger<CustomerTokens>.Instance);

    public void Dispose()
    {
        if (Directory.Exists(dataFolder)) Directory.Delete(dataFolder, recursive: true);
    }
}
