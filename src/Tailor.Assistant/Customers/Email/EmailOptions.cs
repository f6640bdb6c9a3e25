using System.ComponentModel.DataAnnotations;

namespace Tailor.Assistant.Customers.Email;

/// <summary>How e-mail leaves Tailor (configuration section <c>Tailor:Email</c>).</summary>
public sealed class EmailOptions
{
    public const string Section = "Tailor:Email";

    /// <summary>"Development" (written to the data folder's mail/ and the log, never delivered) or "Smtp".</summary>
    [Required] public string Sender { get; set; } = "Development";
    /// <summary>The From address shoppers see.</summary>
    [Required] public string From { get; set; } = "no-reply@tailor.local";
    public string FromName { get; set; } = "Tailor";
    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => Sender.Equals("Smtp", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The SMTP relay used when <see cref="EmailOptions.Sender"/> is "Smtp".</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>"StartTls" (default), "SslOnConnect" or "None" (a relay on the same machine only).</summary>
    public string Security { get; set; } = "StartTls";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
