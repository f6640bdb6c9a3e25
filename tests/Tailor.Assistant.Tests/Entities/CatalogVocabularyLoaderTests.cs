using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Domain.Catalog;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.Entities;

/// <summary>The loader's DISTINCT queries run against a real SQLite database and find what the products hold.</summary>
public sealed class CatalogVocabularyLoaderTests : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"tailor-vocabulary-{Guid.NewGuid():N}.db");

    private TailorDbContext Open() => new(new DbContextOptionsBuilder<TailorDbContext>().UseSqlite($"Data Source={path}").Options);

    public async Task InitializeAsync()
    {
        await using var db = Open();
        await db.Database.EnsureCreatedAsync();
        db.Products.AddRange(TestCatalog.Products.Take(6).Select(Copy));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_vocabulary_loaded_from_the_database_equals_the_one_built_from_the_products()
    {
        await using var db = Open();

        var loaded = await CatalogVocabularyLoader.LoadAsync(db, ShopperSynonymsFile.Find(), CancellationToken.None);
        var expected = CatalogVocabulary.From(TestCatalog.Products.Take(6), loaded.Synonyms);

        Assert.Equal(["dresses", "jeans", "trousers"], loaded.Categories);
        Assert.Equal(expected.Colors, loaded.Colors);
        Assert.Equal(expected.Materials, loaded.Materials);
        Assert.Equal(expected.Brands, loaded.Brands);
        Assert.Equal(expected.Patterns, loaded.Patterns);
        Assert.Equal(expected.Fits, loaded.Fits);
        Assert.Equal(["casual", "date night", "festival", "holiday", "party", "wedding", "work"], loaded.Occasions);
        Assert.Equal(expected.Seasons, loaded.Seasons);
        Assert.Equal(expected.Styles, loaded.Styles);
        Assert.Equal(expected.Sizes, loaded.Sizes);
        Assert.Contains("dusty pink", loaded.Colors);
        Assert.Contains("UK 7", TestCatalog.Vocabulary.Sizes);
        Assert.DoesNotContain("UK 7", loaded.Sizes);
    }

    [Fact]
    public async Task A_recognizer_over_the_loaded_vocabulary_only_returns_what_the_store_has()
    {
        await using var db = Open();
        var recognizer = new EntityRecognizer(await CatalogVocabularyLoader.LoadAsync(db, ShopperSynonymsFile.Find(), CancellationToken.None));

        var entities = recognizer.Recognize("linen trainers in dusty pink, size 10");

        Assert.Equal(["dusty pink"], entities.Constraints.Colors);
        Assert.Equal("10", entities.Constraints.Size);
        Assert.Null(entities.Constraints.Category);
        Assert.Empty(entities.Constraints.Materials);
    }

    // A fresh copy per database: the shared catalog's instances belong to the tests that read them.
    private static Product Copy(Product p) => new()
    {
        Handle = p.Handle, Title = p.Title, Brand = p.Brand, Category = p.Category, Gender = p.Gender,
        Attributes = new ProductAttributes
        {
            Material = p.Attributes.Material, Pattern = p.Attributes.Pattern, Fit = p.Attributes.Fit,
            Occasions = [.. p.Attributes.Occasions], Seasons = [.. p.Attributes.Seasons], Styles = [.. p.Attributes.Styles],
        },
        Variants = p.Variants.Select(v => new Variant { Sku = v.Sku, Size = v.Size, Color = v.Color, ColorFamily = v.ColorFamily, Price = v.Price, Stock = v.Stock }).ToList(),
    };
}
