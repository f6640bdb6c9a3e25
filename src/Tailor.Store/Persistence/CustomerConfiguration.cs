using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tailor.Domain.Customers;

namespace Tailor.Store.Persistence;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> customer)
    {
        customer.HasIndex(c => c.Email);
        customer.HasIndex(c => c.ExternalId).IsUnique();
        customer.Property(c => c.Email).HasMaxLength(320);
        customer.OwnsMany(c => c.Addresses, a => a.ToJson());
        customer.OwnsMany(c => c.PaymentMethods, m => m.ToJson());
        customer.OwnsOne(c => c.Preferences, p => p.ToJson());
        customer.OwnsOne(c => c.Consents, c => c.ToJson());
        customer.Ignore(c => c.FullName);
    }
}
