using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Tailor.Server.Widget;

/// <summary>Checks <c>Tailor:Chat</c> at start, naming the setting to fix, so a typo in an origin fails fast instead of refusing shoppers.</summary>
internal sealed partial class WebChatOptionsValidator : IValidateOptions<WebChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WebChatOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Sites.Count; i++)
        {
            var site = options.Sites[i];
            var at = $"{WebChatOptions.Section}:Sites:{i}";
            if (string.IsNullOrWhiteSpace(site.Key) || site.Key.Length > 100 || site.Key.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
                failures.Add($"{at}:Key must be 1 to 100 characters without spaces, e.g. \"demo\".");
            else if (options.Sites.FindIndex(s => s.Key == site.Key) < i)
                failures.Add($"{at}:Key \"{site.Key}\" is used by another site; each site needs its own key.");
            for (var j = 0; j < site.AllowedOrigins.Count; j++)
                if (WebOrigin.Normalize(site.AllowedOrigins[j]) is null)
                    failures.Add($"{at}:AllowedOrigins:{j} \"{site.AllowedOrigins[j]}\" is not an origin: write scheme, host and port only, e.g. https://shop.example or http://localhost:5000.");
        }
        foreach (var (page, prompt) in options.Proactive)
        {
            var at = $"{WebChatOptions.Section}:Proactive:{page}";
            if (prompt.IdleSeconds is < 1 or > 3600) failures.Add($"{at}:IdleSeconds must be between 1 and 3600 (it is {prompt.IdleSeconds}).");
            if (string.IsNullOrWhiteSpace(prompt.Text) || prompt.Text.Length > 200) failures.Add($"{at}:Text must be 1 to 200 characters.");
        }
        if (options.ConcurrentTurns is < 1 or > 1024)
            failures.Add($"{WebChatOptions.Section}:ConcurrentTurns must be between 1 and 1024, or left out for one per processor.");
        var ui = options.Ui;
        if (ui.Accent is not null && !HexColour().IsMatch(ui.Accent))
            failures.Add($"{WebChatOptions.Section}:Ui:Accent \"{ui.Accent}\" must be a hex colour such as #1f5f8b.");
        if (ui.Position is not ("left" or "right")) failures.Add($"{WebChatOptions.Section}:Ui:Position must be \"left\" or \"right\".");
        if (ui.Theme is not ("light" or "dark" or "auto")) failures.Add($"{WebChatOptions.Section}:Ui:Theme must be \"light\", \"dark\" or \"auto\".");
        if (ui.Title is { Length: > 60 }) failures.Add($"{WebChatOptions.Section}:Ui:Title must be at most 60 characters.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();
}
