using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Domain.Handoff;
using Tailor.Store.Persistence;
using Tailor.Store.Persistence.Protection;
using Tailor.Tests.Import;

namespace Tailor.Tests.Privacy;

/// <summary>Personal columns are ciphertext on disk, plain to the code, found by keyed hashes, and survive key rotation.</summary>
public sealed class PersonalFieldEncryptionTests
{
    private static readonly string[] Personal = ["sarah.jones@example.com", "Jones", "+44 7700 900123", "14 High Street", "LS1 4AB", "where is TL-200001", "please call me back"];

    [Fact]
    public async Task Personal_fields_cannot_be_read_from_the_database_file_without_the_keys()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        var (customer, order, _) = await store.AddShopperAsync(PrivacyTestStore.Now);
        await using (var db = store.Open())
        {
            db.SupportTickets.Add(new SupportTicket { ConversationId = "chat-sarah", Email = "sarah.jones@example.com", Message = "please call me back", CreatedAt = PrivacyTestStore.Now });
            await db.SaveChangesAsync();
        }

        var raw = await RawAsync(store.DatabasePath,
            "SELECT FirstName, LastName, Email, Phone, Addresses FROM Customers UNION ALL SELECT Email, ShippingAddress, '', '', '' FROM Orders " +
            "UNION ALL SELECT Text, '', '', '', '' FROM ChatMessages UNION ALL SELECT Email, Message, '', '', '' FROM SupportTickets");
        foreach (var text in Personal) Assert.DoesNotContain(text, raw);
        Assert.Contains(PersonalFieldProtection.Prefix, raw);
        SqliteConnection.ClearAllPools();
        var file = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(store.DatabasePath));
        foreach (var text in Personal) Assert.DoesNotContain(text, file);

        await using var read = store.Open();
        var back = await read.Customers.SingleAsync(c => c.Id == customer.Id);
        Assert.Equal(("Sarah", "Jones", "sarah.jones@example.com", "+44 7700 900123", "LS1 4AB"),
            (back.FirstName, back.LastName, back.Email, back.Phone, back.Addresses.Single().PostalCode));
        Assert.Equal("14 High Street", (await read.Orders.SingleAsync(o => o.Id == order.Id)).ShippingAddress.Line1);
    }

    [Fact]
    public async Task An_email_is_found_by_its_keyed_hash_in_any_case_and_another_key_gives_another_hash()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        var (customer, order, _) = await store.AddShopperAsync(PrivacyTestStore.Now);
        await using var db = store.Open();

        Assert.Equal(customer.Id, (await db.Customers.WithEmail(db, "  Sarah.Jones@EXAMPLE.com ").SingleAsync()).Id);
        Assert.Equal(order.Id, (await db.Orders.WithEmail(db, "sarah.jones@example.com").SingleAsync()).Id);
        Assert.Empty(await db.Customers.WithEmail(db, "sarah.jones@example.org").ToListAsync());

        var hash = store.Keys.Protection.Hasher.HashEmail("sarah.jones@example.com");
        using var otherStore = new TestKeyRing();
        Assert.NotEqual(hash, otherStore.Protection.Hasher.HashEmail("sarah.jones@example.com"));
        Assert.Equal(hash, await db.Customers.Select(c => EF.Property<string>(c, LookupHashes.EmailColumn)).SingleAsync());
    }

    [Fact]
    public async Task Changing_an_email_moves_its_hash_so_the_old_address_no_longer_finds_the_customer()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        var (customer, _, _) = await store.AddShopperAsync(PrivacyTestStore.Now);
        await using (var db = store.Open())
        {
            (await db.Customers.SingleAsync(c => c.Id == customer.Id)).Email = "s.jones@example.net";
            await db.SaveChangesAsync();
        }

        await using var check = store.Open();
        Assert.Empty(await check.Customers.WithEmail(check, "sarah.jones@example.com").ToListAsync());
        Assert.Equal(customer.Id, (await check.Customers.WithEmail(check, "S.Jones@example.net").SingleAsync()).Id);
    }

    [Fact]
    public async Task Rows_written_before_encryption_are_encrypted_and_hashed_once_when_the_store_starts()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        await using (var old = new TailorDbContext(new DbContextOptionsBuilder<TailorDbContext>().UseSqlite($"Data Source={store.DatabasePath}").Options))
        {
            // The schema of the release before: no hash columns, personal fields written plain.
            await old.Database.EnsureDeletedAsync();
            await old.GetService<IMigrator>().MigrateAsync("20261207202550_OrderCareForAnyStore");
            await ExecuteAsync(store.DatabasePath,
                """
                INSERT INTO Customers (ExternalId, FirstName, LastName, Email, Phone, Addresses, Preferences, Consents, CreatedAt)
                VALUES ('cus_000100', 'Sarah', 'Jones', 'Sarah.Jones@example.com', '+44 7700 900123',
                        '[{"City":"Leeds","Country":"GB","Line1":"14 High Street","Line2":null,"Name":"Sarah Jones","PostalCode":"LS1 4AB","Region":null}]',
                        '{"Budget":null,"DislikedColors":[],"FavoriteColors":[],"Fit":null,"Sizes":[],"Styles":[]}',
                        '{"ChatHistory":false,"Marketing":false,"Personalization":false,"UpdatedAt":null}', 0)
                """);
        }

        await using (var db = store.Open())
        {
            await db.Database.MigrateAsync();
            Assert.Equal(1, await PlaintextRowEncryption.RunAsync(db, CancellationToken.None));
            Assert.Equal(0, await PlaintextRowEncryption.RunAsync(db, CancellationToken.None));
        }

        var raw = await RawAsync(store.DatabasePath, "SELECT FirstName, LastName, Email, Phone, Addresses, EmailHash FROM Customers");
        foreach (var text in new[] { "Sarah", "Jones", "+44 7700", "High Street" }) Assert.DoesNotContain(text, raw);
        SqliteConnection.ClearAllPools();
        // Not even in the pages the rewritten rows left behind.
        Assert.DoesNotContain("High Street", Encoding.UTF8.GetString(await File.ReadAllBytesAsync(store.DatabasePath)));
        await using var read = store.Open();
        var customer = await read.Customers.WithEmail(read, "sarah.jones@example.com").SingleAsync();
        Assert.Equal(("Sarah", "Jones", "Sarah.Jones@example.com", "+44 7700 900123", "14 High Street"),
            (customer.FirstName, customer.LastName, customer.Email, customer.Phone, customer.Addresses.Single().Line1));
    }

    [Fact]
    public async Task After_a_key_rotation_new_rows_use_the_new_key_and_old_rows_still_read_after_a_restart()
    {
        await using var store = await PrivacyTestStore.CreateAsync();
        var (before, _, _) = await store.AddShopperAsync(PrivacyTestStore.Now);

        // `tailor keys rotate` is another process over the same key folder; the server picks the key up when restarted.
        KeyRotationReport report;
        using (var command = new TestKeyRing(store.Keys.DataDirectory))
            report = command.Services.GetRequiredService<KeyRotation>().Rotate();
        using var restarted = new TestKeyRing(store.Keys.DataDirectory);
        int after;
        await using (var db = restarted.Open(store.DatabasePath))
        {
            var customer = new Tailor.Domain.Customers.Customer { ExternalId = "cus_000200", FirstName = "Ada", Email = "ada@example.com" };
            db.Customers.Add(customer);
            await db.SaveChangesAsync();
            after = customer.Id;
        }

        Assert.Equal(2, report.Keys.Count);
        var emails = (await RawAsync(store.DatabasePath, "SELECT Email FROM Customers ORDER BY Id")).Split('\n');
        Assert.NotEqual(KeyIdOf(emails[0]), KeyIdOf(emails[1]));
        Assert.Equal(report.NewKey.Id, KeyIdOf(emails[1]));

        // Another restart reads rows written under either key.
        using var again = new TestKeyRing(store.Keys.DataDirectory);
        await using var read = again.Open(store.DatabasePath);
        Assert.Equal("sarah.jones@example.com", (await read.Customers.SingleAsync(c => c.Id == before.Id)).Email);
        Assert.Equal("ada@example.com", (await read.Customers.SingleAsync(c => c.Id == after)).Email);
        Assert.Equal(before.Id, (await read.Customers.WithEmail(read, "sarah.jones@example.com").SingleAsync()).Id);
    }

    [Fact]
    public async Task Reimporting_a_customer_whose_email_changed_case_updates_the_same_customer()
    {
        await using var store = await ImportTestStore.CreateAsync();
        const string First = """{ "customers": [ { "firstName": "Lena", "lastName": "Vogel", "email": "Lena.Vogel@example.de" } ] }""";
        const string Again = """{ "customers": [ { "firstName": "Lena", "lastName": "Vogel-Berg", "email": "lena.vogel@EXAMPLE.de" } ] }""";

        await store.Importer().ImportCustomersAsync(ImportTestStore.Text(First), CancellationToken.None);
        var again = await store.Importer().ImportCustomersAsync(ImportTestStore.Text(Again), CancellationToken.None);

        Assert.Equal((0, 1), (again.Created, again.Updated));
        await using var db = store.Open();
        Assert.Equal("Vogel-Berg", (await db.Customers.SingleAsync()).LastName);
        Assert.DoesNotContain("Vogel", await RawAsync(store.Db.Database.GetDbConnection().DataSource!, "SELECT LastName, Email FROM Customers"));
    }

    // The Data Protection payload (after the prefix, base64url) starts with a 4-byte magic header, then the key's id.
    private static Guid KeyIdOf(string stored) =>
        new(System.Buffers.Text.Base64Url.DecodeFromChars(stored.AsSpan(PersonalFieldProtection.Prefix.Length)).AsSpan(4, 16));

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // What someone holding only the database file sees: plain SQL, no keys.
    private static async Task<string> RawAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString())));
        return string.Join("\n", rows);
    }
}
