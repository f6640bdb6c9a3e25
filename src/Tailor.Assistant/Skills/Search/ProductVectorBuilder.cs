using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// Builds product vectors in the background: once at start, and again whenever the catalog snapshot finds products
/// added, removed or edited. Changes that arrive during a build are folded into one more build.
/// </summary>
public sealed class ProductVectorBuilder : BackgroundService
{
    private readonly ProductVectorIndex index;
    private readonly ILogger<ProductVectorBuilder> logger;
    private readonly Channel<bool> requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public ProductVectorBuilder(ProductVectorIndex index, CatalogSnapshotCache catalog, ILogger<ProductVectorBuilder> logger)
    {
        (this.index, this.logger) = (index, logger);
        catalog.ProductsChanged += () => requests.Writer.TryWrite(true);
        requests.Writer.TryWrite(true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();   // start-up goes on; the first build runs beside it
        await foreach (var _ in requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await index.BuildAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Search goes on with the vectors it has (or words alone); the next catalog change tries again.
                logger.LogWarning(ex, "Building product vectors failed");
            }
        }
    }
}
