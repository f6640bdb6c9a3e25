using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tailor.Store.Persistence;

namespace Tailor.Cli.Commands;

/// <summary>
/// `tailor backup PATH` copies the live database with SQLite's online backup API (safe while the server runs and writes)
/// and checks the copy; `tailor restore PATH` checks a backup and puts it in place of the database (server stopped).
/// </summary>
internal static class BackupCommand
{
    public static Command Backup()
    {
        var target = new Argument<FileInfo>("path") { Description = "Where to write the copy (a new file)." };
        var command = new Command("backup", "Copy the live database with SQLite's online backup API and check the copy.") { target };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var copy = parse.GetValue(target)!;
            var database = DatabaseFile(parse);
            if (!File.Exists(database)) return Fail(error, $"{database} does not exist: nothing to back up.");
            if (copy.Exists) return Fail(error, $"{copy.FullName} already exists; choose a new file.");
            Directory.CreateDirectory(copy.DirectoryName!);
            await using (var source = Open(database, SqliteOpenMode.ReadOnly))
            await using (var destination = Open(copy.FullName, SqliteOpenMode.ReadWriteCreate))
            {
                await source.OpenAsync(ct);
                await destination.OpenAsync(ct);
                source.BackupDatabase(destination);
            }
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(copy.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            var check = await IntegrityAsync(copy.FullName, ct);
            if (check != "ok") return Fail(error, $"The copy at {copy.FullName} failed its integrity check: {check}");
            output.WriteLine($"Backed up {database} to {copy.FullName} ({new FileInfo(copy.FullName).Length / 1024} KB, integrity ok).");
            return 0;
        });
        return command;
    }

    public static Command Restore()
    {
        var source = new Argument<FileInfo>("path") { Description = "A backup made with `tailor backup`." };
        var command = new Command("restore", "Check a backup and put it in place of the database. Stop the server first.") { source };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var backup = parse.GetValue(source)!;
            if (!backup.Exists) return Fail(error, $"{backup.FullName} does not exist.");
            var check = await IntegrityAsync(backup.FullName, ct);
            if (check != "ok") return Fail(error, $"{backup.FullName} failed its integrity check ({check}); the database was not touched.");
            var database = DatabaseFile(parse);
            Directory.CreateDirectory(Path.GetDirectoryName(database)!);
            // The old WAL and shared-memory files belong to the old database: left in place, SQLite would replay them over the backup.
            foreach (var stale in new[] { database + "-wal", database + "-shm" }) File.Delete(stale);
            File.Copy(backup.FullName, database, overwrite: true);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            output.WriteLine($"Restored {database} from {backup.FullName}. Start the server; it applies any newer migrations.");
            return 0;
        });
        return command;
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());

    private static async Task<string> IntegrityAsync(string file, CancellationToken ct)
    {
        try
        {
            await using var connection = Open(file, SqliteOpenMode.ReadOnly);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            return (await command.ExecuteScalarAsync(ct))?.ToString() ?? "no answer";
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    private static string DatabaseFile(ParseResult parse)
    {
        using var host = StoreHost.Build(parse);
        var connection = host.Services.GetRequiredService<IOptions<StoreOptions>>().Value.ResolveConnectionString();
        return Path.GetFullPath(new SqliteConnectionStringBuilder(connection).DataSource);
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 1;
    }
}
