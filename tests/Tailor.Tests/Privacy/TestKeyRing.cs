using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Store.Persistence;
using Tailor.Store.Persistence.Protection;

namespace Tailor.Tests.Privacy;

/// <summary>
/// A Data Protection key ring in a data folder and the personal-field protection over it, as the store registers them,
/// for contexts a test builds by hand. Two rings over one folder behave like a restarted server.
/// </summary>
internal sealed class TestKeyRing : IDisposable
{
    private readonly bool ownsFolder;

    public TestKeyRing(string? dataDirectory = null, TimeProvider? time = null)
    {
        ownsFolder = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), $"tailor-keys-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Tailor:DataDirectory"] = DataDirectory }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(time ?? TimeProvider.System);
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.Section));
        services.AddPersonalFieldProtection(configuration);
        Services = services.BuildServiceProvider();
    }

    public string DataDirectory { get; }
    public ServiceProvider Services { get; }
    public PersonalFieldProtection Protection => Services.GetRequiredService<PersonalFieldProtection>();

    /// <summary>A context over the SQLite file at <paramref name="path"/> that encrypts with this ring.</summary>
    public TailorDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<TailorDbContext>().UseSqlite($"Data Source={path}").UseApplicationServiceProvider(Services).Options);

    public void Dispose()
    {
        Services.Dispose();
        if (ownsFolder)
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
