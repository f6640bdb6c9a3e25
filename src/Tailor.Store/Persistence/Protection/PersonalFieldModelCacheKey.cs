using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Tailor.Store.Persistence.Protection;

/// <summary>
/// One EF model per <see cref="PersonalFieldProtection"/>: the converters close over it, so two hosts in one process
/// (tests, the CLI beside a server) each encrypt with their own key ring instead of the first one's.
/// </summary>
internal sealed class PersonalFieldModelCacheKey : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), (context as TailorDbContext)?.PersonalFields, designTime);
}
