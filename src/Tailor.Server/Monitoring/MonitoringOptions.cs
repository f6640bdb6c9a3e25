namespace Tailor.Server.Monitoring;

/// <summary>Tailor:Monitoring — where metrics and traces go.</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Tailor:Monitoring";

    /// <summary>Serve Prometheus metrics at <see cref="MetricsPath"/>.</summary>
    public bool Prometheus { get; set; } = true;

    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>
    /// False (the default): the scrape needs the admin key in X-Api-Key, like every admin route. True: open, for a
    /// scraper inside a private network that cannot send headers; never expose it to the internet then.
    /// </summary>
    public bool MetricsOpen { get; set; }

    /// <summary>OTLP endpoint for traces and metrics (an OpenTelemetry Collector, Jaeger, Grafana Alloy…); the standard
    /// OTEL_EXPORTER_OTLP_ENDPOINT variable works too. Nothing is exported over OTLP when neither is set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The service name traces and metrics carry.</summary>
    public string ServiceName { get; set; } = "tailor";
}
