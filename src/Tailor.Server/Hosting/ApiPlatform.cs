using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Tailor.Assistant;
using Tailor.Store;
using Tailor.Store.Persistence;

namespace Tailor.Server.Hosting;

/// <summary>What every API shares: problem details, OpenAPI with the Scalar UI at /docs, health endpoints.</summary>
public static class ApiPlatform
{
    public static WebApplicationBuilder AddApiPlatform(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        // Binding failures throw (outside Development too) so BadRequestHandler can name the parameter.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddDbContextCheck<TailorDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>Creates or migrates the database, seeds the demo store on first run, then readies the assistant.</summary>
    public static async Task InitializeStoreAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<StoreInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
        DataFolderProtection.RestrictDatabase(app.Services);
        await app.Services.WarmUpAssistantAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseApiPlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // A public store may not want its API described to everyone: Tailor:Api:Docs=false maps neither.
        if (app.Configuration.GetValue("Tailor:Api:Docs", defaultValue: true))
        {
            app.MapOpenApi();
            app.MapScalarApiReference("/docs", options => options.WithTitle("Tailor API"));
        }
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
