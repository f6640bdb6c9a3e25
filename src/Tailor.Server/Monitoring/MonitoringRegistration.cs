using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Tailor.Assistant.Conversations;
using Tailor.Server.Admin;

namespace Tailor.Server.Monitoring;

/// <summary>
/// OpenTelemetry for the server: traces and metrics of ASP.NET Core, HttpClient (webhooks, LLM calls) and EF Core, the
/// .NET runtime, and the assistant's own meter (turns, stage latency, intents, outcomes, fallbacks, handoffs). Exported
/// to a Prometheus scrape endpoint and, when configured, over OTLP. Logs stay on ILogger: structured, JSON with
/// Logging:Console:FormatterName=json, and over OTLP too when an endpoint is set.
/// </summary>
public static class MonitoringRegistration
{
    public static WebApplicationBuilder AddMonitoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section)
            .Validate(o => o.MetricsPath.StartsWith('/'), "Tailor:Monitoring:MetricsPath must start with '/'.").ValidateOnStart();
        var options = builder.Configuration.GetSection(MonitoringOptions.Section).Get<MonitoringOptions>() ?? new MonitoringOptions();
        var otlp = options.OtlpEndpoint ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        void Otlp(OtlpExporterOptions exporter)
        {
            if (options.OtlpEndpoint is { } endpoint) exporter.Endpoint = new Uri(endpoint);
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceVersion: typeof(MonitoringRegistration).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter(TurnTelemetry.MeterName);
                if (options.Prometheus) metrics.AddPrometheusExporter();
                if (otlp is not null) metrics.AddOtlpExporter(Otlp);
            })
            .WithTracing(tracing =>
            {
                // Health probes every few seconds would drown the traces that matter.
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health")
                        && !http.Request.Path.StartsWithSegments(options.MetricsPath))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation();
                if (otlp is not null) tracing.AddOtlpExporter(Otlp);
            });
        if (otlp is not null) telemetry.WithLogging(logging => logging.AddOtlpExporter(Otlp));
        return builder;
    }

    /// <summary>The Prometheus scrape endpoint, behind the admin key unless Tailor:Monitoring:MetricsOpen is true.</summary>
    public static WebApplication MapMonitoring(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MonitoringOptions>>().Value;
        if (!options.Prometheus) return app;
        var scrape = app.MapPrometheusScrapingEndpoint(options.MetricsPath).WithTags("Admin")
            .WithSummary("Prometheus metrics: HTTP, runtime and the assistant's turns, latency, outcomes and handoffs.");
        if (options.MetricsOpen) return app;
        // The exporter's endpoint is not a route handler, so the admin key's endpoint filter cannot guard it: check here.
        scrape.WithMetadata(AdminKeyRequired.Instance).Add(endpoint =>
        {
            var inner = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = async http =>
            {
                if (http.RequestServices.GetRequiredService<AdminApiKey>().Matches(http.Request.Headers[AdminApiKey.Header])) await inner(http);
                else await TypedResults.Problem(title: "Admin API key required",
                    detail: $"Send the admin key in the {AdminApiKey.Header} header, or set Tailor:Monitoring:MetricsOpen for a private scraper.",
                    statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(http);
            };
        });
        return app;
    }
}
