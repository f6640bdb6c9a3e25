using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tailor.Domain.Conversations;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Store.Persistence;
using Tailor.Store.Privacy;

namespace Tailor.Tests.Privacy;

/// <summary>A throwaway database with one customer, their order and a chat, and the privacy services over it.</summary>
internal sealed class PrivacyTestStore : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string path = Path.Combine(Path.GetTempPath(), $"tailor-privacy-{Guid.NewGuid():N}.db");

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>The key ring personal fields are encrypted with, as the server's data folder holds it.</summary>
    public TestKeyRing Keys { get; } = new();

    /// <summary>The database file, for reading it as an attacker would: plain SQL, no keys.</summary>
    public string DatabasePath => path;

    public TailorDbContext Open() => Keys.Open(path);

    public static async Task<PrivacyTestStore> CreateAsync()
    {
        var store = new PrivacyTestStore();
        await using var db = store.Open();
        await db.Database.EnsureCreatedAsync();
        return store;
    }

    public RetentionSweep Sweep(TailorDbContext db, RetentionOptions? options = null) => new(db, Options.Create(options ?? new RetentionOptions()), Time);

    public PersonalDataErasure Erasure(TailorDbContext db) => new(db, new PrivacyAudit(db, Time));

    public PersonalDataExport Export(TailorDbContext db) => new(db, new PrivacyAudit(db, Time));

    /// <summary>Sarah Jones (cus_000100) with order TL-200001 to 14 High Street, Leeds, and a chat she started signed in.</summary>
    public async Task<(Customer Customer, Order Order, Conversation Chat)> AddShopperAsync(DateTimeOffset at)
    {
        await using var db = Open();
        var address = new Address { Name = "Sarah Jones", Line1 = "14 High Street", City = "Leeds", PostalCode = "LS1 4AB", Country = "GB" };
        var customer = new Customer
        {
            ExternalId = "cus_000100", FirstName = "Sarah", LastName = "Jones", Email = "sarah.jones@example.com", Phone = "+44 7700 900123",
            Addresses = [address], CreatedAt = at,
        };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        var order = new Order
        {
            Number = "TL-200001", CustomerId = customer.Id, Email = customer.Email, Status = OrderStatus.Delivered, Subtotal = 80, ShippingCost = 4, Total = 84,
            Payment = new PaymentMethod { Type = "card", Brand = "visa", Last4 = "4242" }, ShippingAddress = address, PlacedAt = at, UpdatedAt = at,
            Lines = [new OrderLine { Sku = "DRS-1", Title = "Wrap Dress", Quantity = 1, UnitPrice = 80 }],
        };
        db.Orders.Add(order);
        var chat = new Conversation { Id = "chat-sarah", CustomerId = customer.Id, CreatedAt = at, UpdatedAt = at };
        chat.Messages.Add(new ChatMessage { ConversationId = chat.Id, Role = ChatRole.User, Text = "where is TL-200001", CreatedAt = at });
        db.Conversations.Add(chat);
        await db.SaveChangesAsync();
        return (customer, order, chat);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Keys.Dispose();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            try { File.Delete(file); } catch (IOException) { }
        await Task.CompletedTask;
    }
}
