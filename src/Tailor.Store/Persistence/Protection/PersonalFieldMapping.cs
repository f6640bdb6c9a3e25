using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tailor.Domain.Conversations;
using Tailor.Domain.Customers;
using Tailor.Domain.Handoff;
using Tailor.Domain.Orders;

namespace Tailor.Store.Persistence.Protection;

/// <summary>
/// Which columns hold personal data and how they are stored: encrypted through <see cref="PersonalFieldProtection"/>
/// by value converters (so domain and assistant code read and write plain values), with a keyed-hash column beside each
/// e-mail that is looked up by equality. Without a protection (design time, bare test contexts) the same columns are
/// stored plain, so the schema is one and the same.
/// </summary>
internal static class PersonalFieldMapping
{
    /// <summary>Marks an encrypted column with its <see cref="FieldKind"/>; the start-up step finds them by it.</summary>
    public const string FieldAnnotation = "Tailor:PersonalField";
    /// <summary>Marks a look-up hash column with the property it hashes; <see cref="LookupHashes"/> fills it.</summary>
    public const string HashOfAnnotation = "Tailor:LookupHashOf";
    public const string EmailHash = "EmailHash";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static void Configure(ModelBuilder model, PersonalFieldProtection? protection)
    {
        var customer = model.Entity<Customer>();
        Encrypt(customer, c => c.FirstName, FieldKind.Name, protection);
        Encrypt(customer, c => c.LastName, FieldKind.Name, protection);
        Encrypt(customer, c => c.Email, FieldKind.Contact, protection);
        Encrypt(customer, c => c.Phone!, FieldKind.Contact, protection);
        HashForLookup(customer, nameof(Customer.Email));
        var addresses = new AddressColumn(protection);
        customer.Property(c => c.Addresses).HasConversion(
            v => addresses.Write(v), v => addresses.ReadList(v),
            new ValueComparer<List<Address>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, x) => HashCode.Combine(h, x)), l => l.ToList()))
            .HasAnnotation(FieldAnnotation, FieldKind.Address.ToString());

        var order = model.Entity<Order>();
        Encrypt(order, o => o.Email, FieldKind.Contact, protection);
        HashForLookup(order, nameof(Order.Email));
        order.Property(o => o.ShippingAddress).HasConversion(v => addresses.Write(v), v => addresses.Read(v))
            .HasAnnotation(FieldAnnotation, FieldKind.Address.ToString());

        var ticket = model.Entity<SupportTicket>();
        Encrypt(ticket, t => t.Email, FieldKind.Contact, protection);
        Encrypt(ticket, t => t.Message, FieldKind.Message, protection);
        HashForLookup(ticket, nameof(SupportTicket.Email));

        // Shoppers' messages are masked before storage, but agents' replies are not, and one column holds both.
        Encrypt(model.Entity<ChatMessage>(), m => m.Text, FieldKind.Message, protection);
        // Typed by agents and shoppers as they please, never masked.
        Encrypt(model.Entity<AgentNote>(), n => n.Text, FieldKind.Message, protection);
        Encrypt(model.Entity<Feedback>(), f => f.Comment!, FieldKind.Message, protection);
    }

    // Ciphertext is several times longer than the text, so encrypted columns carry no length limit.
    private static void Encrypt<T>(EntityTypeBuilder<T> entity, Expression<Func<T, string>> column, FieldKind kind, PersonalFieldProtection? protection)
        where T : class
    {
        var property = entity.Property(column).HasAnnotation(FieldAnnotation, kind.ToString());
        property.Metadata.SetMaxLength(null);
        if (protection is not null)
            property.HasConversion(v => protection.Protect(kind, v), v => protection.Unprotect(kind, v));
    }

    private static void HashForLookup<T>(EntityTypeBuilder<T> entity, string source) where T : class
    {
        var hash = $"{source}Hash";
        entity.Property<string?>(hash).HasMaxLength(64).HasAnnotation(HashOfAnnotation, source);
        entity.HasIndex(hash);
    }

    /// <summary>An address (or a customer's list of them) as one JSON document, encrypted when protection is on.</summary>
    private sealed class AddressColumn(PersonalFieldProtection? protection)
    {
        public string Write<T>(T value) => Seal(JsonSerializer.Serialize(value, Json));
        // "" is what the migration gave rows that had no addresses at all.
        public Address Read(string stored) => stored.Length == 0 ? new Address() : JsonSerializer.Deserialize<Address>(Open(stored), Json) ?? new Address();
        public List<Address> ReadList(string stored) => stored.Length == 0 ? [] : JsonSerializer.Deserialize<List<Address>>(Open(stored), Json) ?? [];

        private string Seal(string json) => protection?.Protect(FieldKind.Address, json) ?? json;
        // Rows written before encryption hold the plain JSON EF wrote for the owned type: the same shape.
        private string Open(string stored) => protection?.Unprotect(FieldKind.Address, stored) ?? stored;
    }
}
