namespace Tailor.Server.Admin;

/// <summary>Puts routes behind the admin API key.</summary>
public static class AdminEndpoints
{
    public static WebApplicationBuilder AddAdminApiKey(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AdminApiKey>();
        return builder;
    }

    /// <summary>Resolves the key at start so a generated key is created and printed on the first run, not the first request.</summary>
    public static WebApplication UseAdminApiKey(this WebApplication app)
    {
        app.Services.GetRequiredService<AdminApiKey>();
        return app;
    }

    /// <summary>Refuses the route without the admin key; the metadata lets the authorization sweep test see it.</summary>
    public static TBuilder RequireAdminApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(AdminKeyRequired.Instance).AddEndpointFilter(async (context, next) =>
        {
            var key = context.HttpContext.RequestServices.GetRequiredService<AdminApiKey>();
            return key.Matches(context.HttpContext.Request.Headers[AdminApiKey.Header])
                ? await next(context)
                : TypedResults.Problem(
                    title: "Admin API key required",
                    detail: $"Send the admin key in the {AdminApiKey.Header} header (configuration Tailor:AdminApiKey).",
                    statusCode: StatusCodes.Status401Unauthorized);
        });
}

/// <summary>Endpoint metadata: the route is behind the admin API key.</summary>
public sealed class AdminKeyRequired
{
    public static readonly AdminKeyRequired Instance = new();

    private AdminKeyRequired() { }
}
