using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Customers.Email;

/// <summary>
/// Delivers nothing: each message becomes a file in the data folder's mail/ (readable by its owner only) and a log line,
/// so a developer or a test can read a one-time code. The body reaches the log only in Development, because codes are
/// secrets wherever a real shopper might be waiting for one.
/// </summary>
public sealed class DevelopmentEmailSender(StoreOptions store, IHostEnvironment environment, TimeProvider time, ILogger<DevelopmentEmailSender> logger)
    : IEmailSender
{
    public const string FolderName = "mail";
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static long sequence;

    public string Folder => Path.Combine(Path.GetFullPath(store.DataDirectory), FolderName);

    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        // Time first so a listing sorts by when it was sent; the counter keeps two messages in one tick apart.
        var name = $"{time.GetUtcNow():yyyyMMddTHHmmssfff}-{Interlocked.Increment(ref sequence):D6}.eml";
        var path = Path.Combine(Folder, name);
        var text = $"To: {message.To}\nSubject: {message.Subject}\n\n{message.Body}\n";
        await File.WriteAllTextAsync(path, text, Utf8, ct);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (environment.IsDevelopment())
            logger.LogInformation("Development e-mail (not delivered) to {To}, written to {Path}: {Subject}\n{Body}", message.To, path, message.Subject, message.Body);
        else
            logger.LogWarning("E-mail is not delivered (Tailor:Email:Sender is Development): a message was written to {Path}. Configure Smtp to reach shoppers.", path);
    }

    /// <summary>The newest message written for <paramref name="to"/> (that <paramref name="matching"/> accepts), or null: the development mailbox, read back.</summary>
    public EmailMessage? LatestTo(string to, Func<EmailMessage, bool>? matching = null)
    {
        if (!Directory.Exists(Folder)) return null;
        foreach (var path in Directory.GetFiles(Folder, "*.eml").OrderDescending(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path, Utf8);
            var head = text.Split("\n\n", 2);
            var headers = head[0].Split('\n').Select(h => h.Split(": ", 2)).Where(h => h.Length == 2).ToDictionary(h => h[0], h => h[1]);
            if (headers.GetValueOrDefault("To")?.Equals(to, StringComparison.OrdinalIgnoreCase) != true) continue;
            var message = new EmailMessage(headers["To"], headers.GetValueOrDefault("Subject") ?? "", head.Length > 1 ? head[1].TrimEnd('\n') : "");
            if (matching is null || matching(message)) return message;
        }
        return null;
    }
}
