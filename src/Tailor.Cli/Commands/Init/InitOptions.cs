using System.CommandLine;

namespace Tailor.Cli.Commands.Init;

/// <summary>The questions of `tailor init`, as options: each description is also the prompt an interactive run asks.</summary>
internal sealed class InitOptions
{
    public Option<string> Name { get; } = new("--name") { Description = "Store name", DefaultValueFactory = _ => "" };
    public Option<string> Currency { get; } = new("--currency") { Description = "Currency (ISO 4217)", DefaultValueFactory = _ => "GBP" };
    public Option<string> Locale { get; } = new("--locale") { Description = "Locale", DefaultValueFactory = _ => "en-GB" };
    public Option<string> TimeZone { get; } = new("--time-zone") { Description = "Time zone", DefaultValueFactory = _ => "Europe/London" };
    public Option<string> Url { get; } = new("--url") { Description = "The store's web address", DefaultValueFactory = _ => "http://localhost:5000" };
    public Option<string> SupportEmail { get; } = new("--support-email") { Description = "Customer service e-mail", DefaultValueFactory = _ => "" };
    public Option<string[]> Delivery { get; } = new("--delivery")
    {
        Description = "Delivery per country, COUNTRY|carrier|cost|days min-max[|express cost|express days][|free over]",
        DefaultValueFactory = _ => ["GB|Royal Mail|3.95|2-4|6.95|1|50"],
        AllowMultipleArgumentsPerToken = false,
    };
    public Option<int> ReturnDays { get; } = new("--return-days") { Description = "Return window in days", DefaultValueFactory = _ => 30 };
    public Option<decimal> ReturnFee { get; } = new("--return-fee") { Description = "Return fee (0 for free returns)", DefaultValueFactory = _ => 0m };
    public Option<decimal> InternationalReturnFee { get; } = new("--international-return-fee") { Description = "Return fee from abroad", DefaultValueFactory = _ => 0m };
    public Option<string[]> Hours { get; } = new("--hours")
    {
        Description = "Customer service hours, DAYS=HH:mm-HH:mm",
        DefaultValueFactory = _ => ["Monday to Friday=09:00-17:30"],
    };
    public Option<string> Voice { get; } = new("--voice") { Description = "Brand voice", DefaultValueFactory = _ => "warm" };
    public Option<string[]> SiteOrigins { get; } = new("--site-origin") { Description = "Your site's origin, allowed to embed the chat widget", DefaultValueFactory = _ => [] };
    public Option<string> AdminEmail { get; } = new("--admin-email") { Description = "First admin's e-mail (agent console)", DefaultValueFactory = _ => "" };
    public Option<bool> ShowPassword { get; } = new("--show-password") { Description = "Print the admin's generated password once instead of writing it to a file readable by you only." };
    public Option<bool> Yes { get; } = new("--yes", "-y") { Description = "Ask nothing: take the flags and the defaults (for scripts)." };

    public IEnumerable<Option> All => [Name, Currency, Locale, TimeZone, Url, SupportEmail, Delivery, ReturnDays, ReturnFee,
        InternationalReturnFee, Hours, Voice, SiteOrigins, AdminEmail, ShowPassword, Yes];
}
