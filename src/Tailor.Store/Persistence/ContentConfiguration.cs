using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tailor.Domain.Policies;
using Tailor.Domain.Promotions;

namespace Tailor.Store.Persistence;

internal sealed class PromotionConfiguration : IEntityTypeConfiguration<Promotion>
{
    public void Configure(EntityTypeBuilder<Promotion> promotion)
    {
        promotion.HasIndex(p => p.Code);
        promotion.HasIndex(p => new { p.StartsAt, p.EndsAt });
    }
}

internal sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<PolicyDocument>
{
    public void Configure(EntityTypeBuilder<PolicyDocument> policy)
    {
        policy.HasIndex(p => p.Slug).IsUnique();
        policy.Property(p => p.Slug).HasMaxLength(120);
    }
}
