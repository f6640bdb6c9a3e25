using System.Text.RegularExpressions;

namespace Tailor.Assistant.Skills.Search;

/// <summary>
/// PostgreSQL's text of the search queries whose SQLite text uses SQLite's own functions or storage: instants are
/// timestamptz there (read here as the UTC ticks SQLite stores), money numeric (read as double, as on SQLite), tag lists
/// text[] (read as the JSON array SQLite stores), and id lists arrive as a JSON array. Names are unquoted, as in the
/// SQLite text: the PostgreSQL schema's names are lower case (see DatabaseProviders.UsePostgreSql).
/// </summary>
internal static partial class PostgreSqlSearch
{
    /// <summary>An instant as .NET UTC ticks, as SQLite stores it (DateTimeOffsetToUtcTicksConverter).</summary>
    public static string Ticks(string column) => $"((extract(epoch FROM {column}) * 10000000)::bigint + 621355968000000000)";

    public static readonly string SnapshotProducts =
        $"SELECT Id, Category, Brand, Gender, Attributes::text, {Ticks("CreatedAt")}, {Ticks("UpdatedAt")}, Handle, to_json(Collections)::text " +
        "FROM Products ORDER BY Id";

    public const string SnapshotReviews = "SELECT ProductId, count(*)::int, coalesce(sum(Rating), 0)::float8 FROM Reviews GROUP BY ProductId";

    public const string SnapshotVariants = "SELECT ProductId, Size, Color, ColorFamily, Price::float8, CompareAtPrice::float8, Stock FROM Variants";

    public static readonly string Fingerprint =
        $"SELECT (SELECT coalesce({Ticks("max(UpdatedAt)")}, 0) FROM Products), (SELECT count(*) FROM Products), " +
        "(SELECT count(*) FROM Variants), (SELECT coalesce(sum(Stock), 0) FROM Variants), (SELECT count(*) FROM Reviews)";

    private const string Ids = "SELECT value::int FROM json_array_elements_text(@ids::json)";

    public const string Page =
        $"SELECT Id, Handle, Title FROM Products WHERE Id IN ({Ids});" +
        $"SELECT ProductId, Id, Size, Color, ColorFamily, Price::float8, CompareAtPrice::float8, Stock FROM Variants WHERE ProductId IN ({Ids});" +
        $"SELECT ProductId, Position, Id, Url, Color FROM ProductImages WHERE ProductId IN ({Ids})";

    /// <summary>Vectors as bytea; a deleted product's vector goes with it (SQLite uses a trigger).</summary>
    public const string CreateVectorTable =
        $"CREATE TABLE IF NOT EXISTS {ProductVectorStore.Table} (productid integer PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE, " +
        "texthash text NOT NULL, model text NOT NULL, vector bytea NOT NULL)";

    public const string WriteVector =
        $"INSERT INTO {ProductVectorStore.Table} (ProductId, TextHash, Model, Vector) VALUES (@id, @hash, @model, @vector) " +
        "ON CONFLICT (productid) DO UPDATE SET texthash = excluded.texthash, model = excluded.model, vector = excluded.vector";

    /// <summary>The SQLite text's <c>$name</c> parameters as Npgsql's <c>@name</c> (Npgsql reads <c>$1</c> as positional).</summary>
    public static string Parameters(string sql) => SqliteParameter().Replace(sql, "@");

    [GeneratedRegex(@"\$(?=[A-Za-z_])")]
    private static partial Regex SqliteParameter();
}
