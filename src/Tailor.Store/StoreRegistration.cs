using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Tailor.Domain.Settings;
using Tailor.Store.Demo;
using Tailor.Store.Import;
using Tailor.Store.Onboarding;
using Tailor.Store.Persistence;
using Tailor.Store.Privacy;
using Tailor.Store.Persistence.Protection;

namespace Tailor.Store;

/// <summary>Registers the store: settings, database, importers and first-run initialization.</summary>
public static class StoreRegistration
{
    public static IHostApplicationBuilder AddTailorStore(this IHostApplicationBuilder builder)
    {
        builder.Configuration.AddStoreSettingsFile();
        var services = builder.Services;
        services.AddOptions<StoreOptions>().Bind(builder.Configuration.GetSection(StoreOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => DatabaseProviders.IsKnown(o.DatabaseProvider), "Tailor:DatabaseProvider must be 'Sqlite' or 'PostgreSql'.")
            .Validate(o => !o.IsPostgreSql || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Tailor:ConnectionString is required on PostgreSQL (Host=…;Database=…;Username=…;Password=…).")
            .ValidateOnStart();
        services.AddOptions<StoreSettings>().BindReplacingLists(builder.Configuration.GetSection(StoreSettings.Section))
            .Validate(s => s.Returns.WindowDays >= 0, "Tailor:Store:Returns:WindowDays must not be negative.")
            .ValidateOnStart();
        services.AddOptions<DemoStoreOptions>().Bind(builder.Configuration.GetSection(DemoStoreOptions.Section))
            .Validate(o => o.Products > 0 && o.Customers > 0 && o.Orders >= 0, "Tailor:Demo sizes must be positive.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StoreSettings>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DemoStoreOptions>>().Value);
        services.AddSingleton(TimeProvider.System);

        services.AddDbContext<TailorDbContext>((sp, db) =>
            db.Use(sp.GetRequiredService<IOptions<StoreOptions>>().Value));
        services.AddScoped<CatalogImporter>();
        services.AddSingleton<StoreInitializer>();
        services.AddPersonalFieldProtection(builder.Configuration);
        services.AddPrivacy(builder.Configuration);
        return builder;
    }
}
