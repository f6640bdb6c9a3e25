using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Tailor.Server.Widget;

/// <summary>The widget script, read once from the assembly and gzipped once, served at <c>/widget.js</c> with an ETag.</summary>
public sealed class WidgetAsset
{
    private const string ResourceName = "Tailor.Server.Widget.widget.js";

    private WidgetAsset(byte[] script)
    {
        Script = script;
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize)) gzip.Write(script);
        Gzipped = compressed.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(script))[..16];
        // Each encoding is a different representation, so each gets its own strong validator.
        ScriptTag = new EntityTagHeaderValue($"\"{hash}\"");
        GzippedTag = new EntityTagHeaderValue($"\"{hash}-gz\"");
    }

    public byte[] Script { get; }
    public byte[] Gzipped { get; }
    public EntityTagHeaderValue ScriptTag { get; }
    public EntityTagHeaderValue GzippedTag { get; }

    public static WidgetAsset Load()
    {
        using var resource = typeof(WidgetAsset).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The widget script {ResourceName} is not embedded in {typeof(WidgetAsset).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return new WidgetAsset(copy.ToArray());
    }
}

/// <summary>Serves <c>/widget.js</c>: gzipped when the browser accepts it, cacheable, revalidated by ETag.</summary>
public static class WidgetScript
{
    private const string ContentType = "text/javascript; charset=utf-8";

    public static WebApplication MapWidget(this WebApplication app)
    {
        app.MapGet("/widget.js", Serve).WithName("GetWidgetScript").WithTags("Chat").ExcludeFromDescription();
        return app;
    }

    // Public by design: any page may load the script; the chat API behind it checks the site key and origin.
    private static FileContentHttpResult Serve(HttpContext context, WidgetAsset widget)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=300";
        headers.Vary = HeaderNames.AcceptEncoding;
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        headers.AccessControlAllowOrigin = "*";
        if (!AcceptsGzip(context.Request)) return TypedResults.Bytes(widget.Script, ContentType, entityTag: widget.ScriptTag);
        headers.ContentEncoding = "gzip";
        return TypedResults.Bytes(widget.Gzipped, ContentType, entityTag: widget.GzippedTag);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality is null or > 0);
}
