using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Domain.Audit;
using Tailor.Domain.Catalog;
using Tailor.Domain.Conversations;
using Tailor.Domain.Customers;
using Tailor.Domain.Handoff;
using Tailor.Domain.Orders;
using Tailor.Domain.Policies;
using Tailor.Domain.Promotions;
using Tailor.Domain.Returns;
using Tailor.Domain.Webhooks;
using Tailor.Store.Persistence.Protection;

namespace Tailor.Store.Persistence;

/// <summary>The store's data and the agent console's accounts (one database). Provider-neutral: SQLite by default, PostgreSQL when configured.</summary>
public sealed class TailorDbContext(DbContextOptions<TailorDbContext> options) : IdentityDbContext<AgentAccount>(options)
{
    private PersonalFieldProtection? personalFields;

    /// <summary>
    /// How personal columns are encrypted, from the application's services (registered with the store); null in a
    /// context built without them (design time, bare tests), whose personal columns are then stored plain.
    /// </summary>
    internal PersonalFieldProtection? PersonalFields => personalFields ??=
        options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<PersonalFieldProtection>();

    /// <summary>The keyed hash an e-mail is looked up by.</summary>
    public string LookupHash(string email) =>
        (PersonalFields ?? throw new InvalidOperationException("Personal field protection is not registered: build the store with AddTailorStore."))
        .Hasher.HashEmail(email);

    public DbSet<Product> Products => Set<Product>();
    public DbSet<Variant> Variants => Set<Variant>();
    public DbSet<ProductImage> ProductImages => Set<ProductImage>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<SizeChart> SizeCharts => Set<SizeChart>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<Shipment> Shipments => Set<Shipment>();
    public DbSet<ReturnRequest> Returns => Set<ReturnRequest>();
    public DbSet<Promotion> Promotions => Set<Promotion>();
    public DbSet<PolicyDocument> Policies => Set<PolicyDocument>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ChatMessage> ChatMessages => Set<ChatMessage>();
    public DbSet<TurnRecord> Turns => Set<TurnRecord>();
    public DbSet<Feedback> Feedback => Set<Feedback>();
    public DbSet<TurnReview> TurnReviews => Set<TurnReview>();
    public DbSet<ChatEvent> ChatEvents => Set<ChatEvent>();
    public DbSet<HandoffRequest> Handoffs => Set<HandoffRequest>();
    public DbSet<SupportTicket> SupportTickets => Set<SupportTicket>();
    public DbSet<AgentNote> AgentNotes => Set<AgentNote>();
    public DbSet<OrderAction> OrderActions => Set<OrderAction>();
    public DbSet<VerificationAttempt> VerificationAttempts => Set<VerificationAttempt>();
    public DbSet<OrderCode> OrderCodes => Set<OrderCode>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<ReceivedWebhook> ReceivedWebhooks => Set<ReceivedWebhook>();
    public DbSet<StockReservation> StockReservations => Set<StockReservation>();

    protected override void OnConfiguring(DbContextOptionsBuilder builder) =>
        builder.ReplaceService<IModelCacheKeyFactory, PersonalFieldModelCacheKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detect = StampLookupHashes();
        try { return base.SaveChanges(acceptAllChangesOnSuccess); }
        finally { ChangeTracker.AutoDetectChangesEnabled = detect; }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detect = StampLookupHashes();
        try { return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken); }
        finally { ChangeTracker.AutoDetectChangesEnabled = detect; }
    }

    // Changes are detected once, here, so the hashes follow every changed e-mail; SaveChanges then need not detect
    // again. Returns whether detection was on, to be restored after the save.
    private bool StampLookupHashes()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (PersonalFields is not { } protection) return detect;
        if (detect) ChangeTracker.DetectChanges();
        LookupHashes.Stamp(ChangeTracker, protection.Hasher);
        ChangeTracker.AutoDetectChangesEnabled = false;
        return detect;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // SQLite has no decimal type: money stored as TEXT would compare and sort as text, so store REAL there.
        if (Database.IsSqlite())
        {
            configuration.Properties<decimal>().HaveConversion<double>();
            configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        }
        // PostgreSQL keeps money as numeric and instants as timestamptz, which holds UTC only: Npgsql refuses an
        // instant with an offset (a store's local time), so every instant is written as the same moment in UTC.
        else if (Database.IsNpgsql())
            configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcConverter>();
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.ApplyConfigurationsFromAssembly(typeof(TailorDbContext).Assembly);
        PersonalFieldMapping.Configure(model, PersonalFields);
    }
}
