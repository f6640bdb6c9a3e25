using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Customers;

/// <summary>Where the signing secret of customer tokens comes from and what a token must say.</summary>
public sealed class CustomerTokenOptions
{
    public const string Section = "Tailor:CustomerTokens";

    /// <summary>Shared HMAC secret (at least 32 characters). Unset: one is generated into the data folder on first run.</summary>
    public string? Secret { get; set; }
    public string Issuer { get; set; } = "tailor-store";
    public string Audience { get; set; } = "tailor-assistant";
    /// <summary>Lifetime of tokens this server issues itself (the demo storefront's signed-in customer).</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(12);
}

/// <summary>
/// Signed customer tokens: an HS256 JWT from the store's backend whose subject is the customer's external id
/// (<c>sub</c>), with <c>iss</c>, <c>aud</c> and <c>exp</c>. A valid token is what makes a chat's customer verified.
/// </summary>
public sealed class CustomerTokens
{
    private const string SecretFile = "customer-token-secret";
    private readonly CustomerTokenOptions options;
    private readonly TimeProvider time;
    private readonly SymmetricSecurityKey key;
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };

    public CustomerTokens(IOptions<CustomerTokenOptions> options, IOptions<StoreOptions> store, TimeProvider time, ILogger<CustomerTokens> logger)
    {
        this.options = options.Value;
        this.time = time;
        var secret = this.options.Secret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            secret = DataFolderSecret.LoadOrCreate(store.Value, SecretFile, 48, out var created);
            if (created) logger.LogWarning("Generated the customer token secret in {Path}; set {Section}:Secret to share it with the store's backend.",
                DataFolderSecret.PathOf(store.Value, SecretFile), CustomerTokenOptions.Section);
        }
        if (secret.Length < 32) throw new OptionsValidationException(CustomerTokenOptions.Section, typeof(CustomerTokenOptions),
            [$"{CustomerTokenOptions.Section}:Secret must be at least 32 characters."]);
        key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>Signs a token for the customer with this external id, valid for the configured lifetime.</summary>
    public string Issue(string customerExternalId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, customerExternalId)]),
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.Lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The customer's external id when the token is well signed, unexpired and meant for Tailor; otherwise null.</summary>
    public async Task<string?> ValidateAsync(string? token) => (await ReadAsync(token))?.ExternalId;

    /// <summary>Who a well-signed, unexpired token meant for Tailor names, and until when; otherwise null.</summary>
    public async Task<SignedInCustomer?> ReadAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096) return null;
        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromMinutes(1),
            LifetimeValidator = (notBefore, expires, _, parameters) =>
                expires is { } end && time.GetUtcNow().UtcDateTime < end + parameters.ClockSkew
                && (notBefore is not { } start || start - parameters.ClockSkew <= time.GetUtcNow().UtcDateTime),
        });
        return result.IsValid && result.ClaimsIdentity.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { Length: > 0 } subject
            ? new SignedInCustomer(subject, new DateTimeOffset(DateTime.SpecifyKind(result.SecurityToken.ValidTo, DateTimeKind.Utc)))
            : null;
    }
}

/// <summary>The customer a valid token names (<c>sub</c>) and when the token expires (<c>exp</c>).</summary>
public sealed record SignedInCustomer(string ExternalId, DateTimeOffset ExpiresAt);
