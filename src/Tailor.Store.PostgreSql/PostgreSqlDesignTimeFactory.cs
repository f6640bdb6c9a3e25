using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tailor.Store.Persistence;

namespace Tailor.Store.PostgreSql;

/// <summary>
/// Lets `dotnet ef` build the PostgreSQL model without a server or a database (adding a migration connects to nothing).
/// </summary>
/// <remarks>
/// The PostgreSQL schema is ONE migration, InitialPostgreSql, made from the current model. After a change to the model
/// (or a merge of branches that each added an SQLite migration) regenerate it from the repository root:
/// <code>
/// dotnet tool restore
/// rm -f src/Tailor.Store.PostgreSql/Migrations/*.cs
/// dotnet ef migrations add InitialPostgreSql --project src/Tailor.Store.PostgreSql --startup-project src/Tailor.Store.PostgreSql --output-dir Migrations
/// </code>
/// (`dotnet ef migrations remove` would need a live database to check what was applied; deleting the files does not.)
/// Once a store runs on PostgreSQL in production, add migrations instead of regenerating.
/// </remarks>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<TailorDbContext>
{
    public TailorDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TailorDbContext>();
        options.UsePostgreSql("Host=localhost;Database=tailor_design");
        return new TailorDbContext(options.Options);
    }
}
