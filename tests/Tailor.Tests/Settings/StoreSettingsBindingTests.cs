using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tailor.Domain.Orders;
using Tailor.Domain.Settings;
using Tailor.Store;

namespace Tailor.Tests.Settings;

public sealed class StoreSettingsBindingTests
{
    [Fact]
    public void A_configured_list_replaces_the_default_instead_of_adding_to_it()
    {
        var settings = Bind(new() { ["Tailor:Store:CancellableStatuses:0"] = "Pending" });
        Assert.Equal([OrderStatus.Pending], settings.CancellableStatuses);
    }

    [Fact]
    public void A_configured_nested_list_replaces_its_default()
    {
        var settings = Bind(new() { ["Tailor:Store:Returns:ExcludedCategories:0"] = "swimwear" });
        Assert.Equal(["swimwear"], settings.Returns.ExcludedCategories);
        Assert.Equal(new ReturnSettings().RefundMethods, settings.Returns.RefundMethods);
    }

    [Fact]
    public void Lists_not_in_configuration_keep_their_defaults()
    {
        var settings = Bind(new() { ["Tailor:Store:Name"] = "Maison Test", ["Tailor:Store:Returns:WindowDays"] = "14" });
        Assert.Equal("Maison Test", settings.Name);
        Assert.Equal(14, settings.Returns.WindowDays);
        Assert.Equal(new StoreSettings().CancellableStatuses, settings.CancellableStatuses);
        Assert.Equal(new StoreSettings().Shipping.Select(z => z.Country), settings.Shipping.Select(z => z.Country));
    }

    [Fact]
    public void Configured_shipping_zones_are_the_only_zones()
    {
        var settings = Bind(new()
        {
            ["Tailor:Store:Shipping:0:Country"] = "FR", ["Tailor:Store:Shipping:0:Name"] = "France", ["Tailor:Store:Shipping:0:StandardCost"] = "4.5",
        });
        var zone = Assert.Single(settings.Shipping);
        Assert.Equal(("FR", 4.5m), (zone.Country, zone.StandardCost));
    }

    private static StoreSettings Bind(Dictionary<string, string?> values)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(values);
        builder.AddTailorStore();
        using var host = builder.Build();
        return host.Services.GetRequiredService<StoreSettings>();
    }
}
