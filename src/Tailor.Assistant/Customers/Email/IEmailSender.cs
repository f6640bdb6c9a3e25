namespace Tailor.Assistant.Customers.Email;

/// <summary>A plain-text e-mail to one recipient (one-time codes and other notices to shoppers).</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends e-mail to shoppers; which implementation runs is <c>Tailor:Email:Sender</c>.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
