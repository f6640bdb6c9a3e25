using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tailor.Domain.Customers;

namespace Tailor.Store.Persistence;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> customer)
    {
        // Name, e-mail, phone and addresses are encrypted, the e-mail looked up by its hash: Protection/PersonalFieldMapping.
        customer.HasIndex(c => c.ExternalId).IsUnique();
        // Saved payment methods hold a brand, the last four digits and an expiry, never a card number.
        customer.OwnsMany(c => c.PaymentMethods, m => m.ToJson());
        customer.OwnsOne(c => c.Preferences, p => p.ToJson());
        customer.OwnsOne(c => c.Consents, c => c.ToJson());
        customer.Ignore(c => c.FullName);
    }
}
