using Microsoft.AspNetCore.Http.HttpResults;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Skills.Products;
using Tailor.Assistant.Skills.Styling;
using Tailor.Server.Hosting;

namespace Tailor.Server.TryOn;

/// <summary>
/// <c>GET /api/products/{handle}/fit-preview</c>: for a size and the shopper's measurements (cm or inches), each zone of
/// the garment (chest, waist, hips, length) marked tight, right or loose from the product's size chart. The browser draws
/// the figure from it; nothing is stored.
/// </summary>
public static class FitPreviewApi
{
    public const string Policy = "fit-preview";

    /// <summary>The preview of one size; <c>advised</c> is the size the advisor picks from the same measurements.</summary>
    public sealed record FitPreviewDto(string Product, string Size, string? Advised, IReadOnlyList<string> Sizes, IReadOnlyList<FitZoneDto> Zones);

    /// <summary>One zone: <c>fit</c> is tight, right or loose (length: short, right or long), values in centimetres.</summary>
    public sealed record FitZoneDto(string Zone, decimal Value, decimal? Min, decimal? Max, string Fit);

    public static WebApplicationBuilder AddFitPreviewApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<RateLimitOptions>((options, limits) =>
            options.AddPolicy(Policy, context => limits.Enabled && context.RequestServices.GetRequiredService<ShopperClient>().Key is { } client
                ? RateLimits.PerMinute("fit-preview:" + client, limits.ChatPerClient)
                : System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("")));
        return builder;
    }

    public static WebApplication MapFitPreviewApi(this WebApplication app)
    {
        app.MapGet("/api/products/{handle}/fit-preview", Preview).WithName("GetFitPreview").WithTags("Catalog").RequireRateLimiting(Policy)
            .WithSummary("How a size sits on the shopper: chest, waist, hips and length marked tight/right/loose from the size chart, for measurements in cm (unit=cm) or inches (unit=in).");
        // The same for the chat widget, under /api/chat so a partner site's widget reaches it through the site key and CORS.
        app.MapGet("/api/chat/fit-preview/{handle}", Preview).WithName("GetChatFitPreview").WithTags("Chat").RequireRateLimiting(Policy)
            .WithSummary("The fit preview for the chat widget, as GET /api/products/{handle}/fit-preview.");
        return app;
    }

    private static async Task<Results<Ok<FitPreviewDto>, ValidationProblem, ProblemHttpResult>> Preview(
        string handle, string? size, decimal? chest, decimal? waist, decimal? hips, decimal? height, string? unit,
        ProductFactsReader products, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var inches = (unit ?? "cm").Trim().ToLowerInvariant() switch
        {
            "cm" => false,
            "in" or "inch" or "inches" => true,
            _ => (bool?)null,
        };
        if (inches is null) errors["unit"] = ["Use cm or in."];
        if (string.IsNullOrWhiteSpace(size)) errors["size"] = ["Name the size to preview, e.g. size=12 or size=M."];
        var body = new FitBody(chest, waist, hips, height);
        if (inches == true) body = body.FromInches();
        Check(errors, "chest", body.ChestCm, 50, 180);
        Check(errors, "waist", body.WaistCm, 40, 180);
        Check(errors, "hips", body.HipCm, 50, 190);
        Check(errors, "height", body.HeightCm, 80, 230);
        if (errors.Count == 0 && body.IsEmpty) errors["chest"] = ["Give at least one of chest, waist, hips or height."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The fit preview needs a size and measurements it can read.");

        if (await products.GetAsync(handle, ct) is not { } product)
            return TypedResults.Problem(title: "Product not found", detail: $"No product has the handle '{handle}'.", statusCode: StatusCodes.Status404NotFound);
        var (preview, miss) = FitPreviewer.Preview(product, size!, body);
        return miss switch
        {
            FitPreviewMiss.NoChart => TypedResults.Problem(title: "No size chart", statusCode: StatusCodes.Status422UnprocessableEntity,
                detail: $"The {product.Title} has no size chart with body measurements, so its fit can't be drawn. Its sizes are {string.Join(", ", product.Sizes)}."),
            FitPreviewMiss.UnknownSize => TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["size"] = [$"The {product.Title} comes in {string.Join(", ", product.SizeChart!.Rows.Select(r => r.Size))}."],
            }, title: "That size is not on the product's size chart."),
            _ => TypedResults.Ok(new FitPreviewDto(preview!.Handle, preview.Size, preview.Advised, preview.Sizes,
                preview.Zones.Select(z => new FitZoneDto(z.Zone, z.ValueCm, z.MinCm, z.MaxCm, z.Fit.ToString().ToLowerInvariant())).ToList())),
        };
    }

    // Figures outside a human range are typos or the wrong unit: say which, rather than draw nonsense.
    private static void Check(Dictionary<string, string[]> errors, string name, decimal? cm, decimal min, decimal max)
    {
        if (cm is { } value && (value < min || value > max))
            errors[name] = [$"{name} must be between {min} and {max} cm ({min / FitBody.CmPerInch:0} to {max / FitBody.CmPerInch:0} inches with unit=in)."];
    }
}
