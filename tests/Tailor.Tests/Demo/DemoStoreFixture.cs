using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Time.Testing;
using Tailor.Domain.Settings;
using Tailor.Store.Demo;

namespace Tailor.Tests.Demo;

/// <summary>A small demo store generated once for the tests that only read it.</summary>
public sealed class DemoStoreFixture
{
    public static readonly DateTimeOffset Today = new(2025, 3, 14, 15, 30, 0, TimeSpan.Zero);

    public DemoStore Store { get; } = Generate(seed: 7);

    public static DemoStoreOptions Options(int seed, int products = 300, int customers = 300, int orders = 1500) =>
        new() { Seed = seed, Products = products, Customers = customers, Orders = orders };

    public static DemoStore Generate(int seed, StoreSettings? settings = null, DateTimeOffset? at = null, int products = 300, int customers = 300, int orders = 1500) =>
        new DemoStoreGenerator(Options(seed, products, customers, orders), settings ?? new StoreSettings(), new FakeTimeProvider(at ?? Today)).Generate();

    /// <summary>A hash of everything in the store, to compare two stores without comparing object graphs by hand.</summary>
    public static string Fingerprint(DemoStore store)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(store, new JsonSerializerOptions { ReferenceHandler = ReferenceHandler.IgnoreCycles });
        return Convert.ToHexString(SHA256.HashData(json));
    }
}
