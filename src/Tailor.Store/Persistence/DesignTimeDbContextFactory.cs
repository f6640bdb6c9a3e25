using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Tailor.Store.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the server.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TailorDbContext>
{
    public TailorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TailorDbContext>().UseSqlite("Data Source=design.db").Options);
}
