using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;

namespace Tailor.Server.Hosting;

/// <summary>
/// Files embedded in the server under one resource-name prefix (the storefront's styles, the agent console), read once
/// and served by name, so the server runs from its own binary without a web root.
/// </summary>
public sealed class EmbeddedAssets
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly IReadOnlyDictionary<string, byte[]> files;

    private EmbeddedAssets(IReadOnlyDictionary<string, byte[]> files) => this.files = files;

    /// <summary>Every resource whose name starts with <paramref name="prefix"/>, by the rest of its name.</summary>
    public static EmbeddedAssets Load(string prefix)
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        return new EmbeddedAssets(assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(
            n => n[prefix.Length..],
            n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            },
            StringComparer.Ordinal));
    }

    public bool Contains(string file) => files.ContainsKey(file);

    public Results<FileContentHttpResult, NotFound> Serve(string file) =>
        files.TryGetValue(file, out var content) ? TypedResults.File(content, ContentTypeOf(file)) : TypedResults.NotFound();

    private static string ContentTypeOf(string file)
    {
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type;
    }
}
