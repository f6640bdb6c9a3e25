using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Tailor.Tests.Fixtures;

namespace Tailor.Tests.Api;

/// <summary>The real server on a temporary data folder with a small demo store (same generator, fewer rows).</summary>
public class TailorServerFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789";
    private readonly bool ownsData;

    public TailorServerFactory() : this(null) { }

    /// <summary>Starts on an existing data folder (a restart) that the caller cleans up.</summary>
    protected TailorServerFactory(string? dataDirectory)
    {
        ownsData = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "tailor-tests", Guid.NewGuid().ToString("N"));
    }

    public string DataDirectory { get; }
    protected virtual string? ConfiguredAdminKey => AdminKey;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // As in Development: a singleton that takes a scoped service fails here, not only on `dotnet run`.
        builder.UseDefaultServiceProvider(provider => { provider.ValidateScopes = true; provider.ValidateOnBuild = true; });
        builder.UseSetting("Tailor:DataDirectory", DataDirectory);
        builder.UseSetting("Tailor:AdminApiKey", ConfiguredAdminKey ?? "");
        // Trained intent models are keyed by the training data, so all test servers share one.
        builder.UseSetting("Tailor:ModelsDirectory", Path.Combine(Path.GetTempPath(), "tailor-tests", "models"));
        builder.UseSetting("Tailor:Demo:Products", "150");
        builder.UseSetting("Tailor:Demo:Customers", "200");
        builder.UseSetting("Tailor:Demo:Orders", "800");
        // Past conversations cost seconds per server; the tests that need them ask for them.
        builder.UseSetting("Tailor:Demo:HistoryDays", "0");
        foreach (var (key, value) in TestDatabase.ServerSettings(DataDirectory)) builder.UseSetting(key, value);
    }

    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (!ownsData) return;
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
        if (TestDatabase.IsPostgreSql) TestDatabase.DropPostgreSql(DataDirectory);
    }
}

/// <summary>One server shared by the API tests that only read.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<TailorServerFactory>
{
    public const string Name = "server";
}
