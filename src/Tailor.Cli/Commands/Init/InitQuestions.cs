using System.CommandLine;
using System.Globalization;
using Tailor.Assistant.Respond.Voice;
using Tailor.Store.Onboarding;

namespace Tailor.Cli.Commands.Init;

/// <summary>
/// Turns the flags into a <see cref="StoreSetup"/>; in an interactive run, asks for every answer a flag did not give,
/// offering the default, so the same command serves a person at a terminal and a script.
/// </summary>
internal sealed class InitQuestions(ParseResult parse, InitOptions options, TextReader input, TextWriter output)
{
    private bool Interactive => !parse.GetValue(options.Yes);

    public (StoreSetup Setup, string AdminEmail, List<string> Errors) Ask()
    {
        // Asked in this order at a terminal: who the store is, where it delivers, its returns, hours and voice, the admin.
        var errors = new List<string>();
        var (name, currency, locale, timeZone, url, supportEmail) =
            (Text(options.Name), Text(options.Currency).ToUpperInvariant(), Text(options.Locale), Text(options.TimeZone), Text(options.Url), Text(options.SupportEmail));
        var delivery = new List<DeliveryOption>();
        foreach (var spec in List(options.Delivery))
            if (DeliveryOption.Parse(spec, out var error) is { } option) delivery.Add(option);
            else errors.Add($"delivery: {error}");
        var (returnDays, returnFee, internationalFee) =
            (Number(options.ReturnDays, errors), Number(options.ReturnFee, errors), Number(options.InternationalReturnFee, errors));
        var hours = new List<ServiceHours>();
        foreach (var spec in List(options.Hours))
            if (ServiceHours.Parse(spec) is { } parsed) hours.Add(parsed);
            else errors.Add($"hours: '{spec}' is not DAYS=HH:mm-HH:mm, e.g. Monday to Friday=09:00-17:30.");

        var setup = new StoreSetup
        {
            Name = name, Currency = currency, Locale = locale, TimeZone = timeZone, BaseUrl = url, SupportEmail = supportEmail,
            Delivery = delivery, ReturnWindowDays = returnDays, ReturnFee = returnFee, InternationalReturnFee = internationalFee,
            OpeningHours = hours,
            Voice = Text(options.Voice, $" ({string.Join(", ", VoicePresets.Names)})"),
            SiteOrigins = List(options.SiteOrigins),
        };
        var adminEmail = Text(options.AdminEmail);
        if (!adminEmail.Contains('@')) errors.Add("admin-email: the first admin needs an e-mail address to sign in with.");
        errors.AddRange(setup.Validate(VoicePresets.Names.ToList()));
        return (setup, adminEmail, errors);
    }

    private bool Given(Option option) => parse.GetResult(option) is { Implicit: false };

    private string Text(Option<string> option, string hint = "")
    {
        var value = parse.GetValue(option) ?? "";
        if (!Interactive || Given(option)) return value.Trim();
        output.Write(value.Length > 0 ? $"{option.Description}{hint} [{value}]: " : $"{option.Description}{hint}: ");
        var answer = input.ReadLine()?.Trim();
        return string.IsNullOrEmpty(answer) ? value : answer;
    }

    private T Number<T>(Option<T> option, List<string> errors) where T : IParsable<T>
    {
        var value = parse.GetValue(option)!;
        if (!Interactive || Given(option)) return value;
        output.Write($"{option.Description} [{value}]: ");
        var answer = input.ReadLine()?.Trim();
        if (string.IsNullOrEmpty(answer)) return value;
        if (T.TryParse(answer, CultureInfo.InvariantCulture, out var parsed)) return parsed;
        errors.Add($"{option.Name.TrimStart('-')}: '{answer}' is not a number.");
        return value;
    }

    // A list is asked for one entry a line, an empty line ending it; nothing typed keeps the default.
    private List<string> List(Option<string[]> option)
    {
        var value = (parse.GetValue(option) ?? []).ToList();
        if (!Interactive || Given(option)) return value;
        output.WriteLine($"{option.Description}, one a line, an empty line to finish{(value.Count > 0 ? $" [{string.Join("; ", value)}]" : "")}:");
        var answers = new List<string>();
        while (input.ReadLine()?.Trim() is { Length: > 0 } line) answers.Add(line);
        return answers.Count > 0 ? answers : value;
    }
}
