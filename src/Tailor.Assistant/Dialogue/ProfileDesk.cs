using Tailor.Assistant.Customers.Profile;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Understanding;

namespace Tailor.Assistant.Dialogue;

/// <summary>
/// The shopper's profile in chat: "I'm a size 12", "I hate orange", "keep it under £50" are remembered with a short
/// confirmation and shape what follows; "what do you know about me?" lists them; "forget my sizes" forgets. A
/// signed-in customer is asked once whether to keep them in their account, and they are saved only with that consent.
/// </summary>
public sealed class ProfileDesk(CustomerProfiles stored, ShoppingFlow shopping)
{
    /// <summary>Answers the profile part of the message; true when nothing else in it needs a flow.</summary>
    public async Task<bool> AnswerAsync(Turn turn, CancellationToken ct)
    {
        var state = turn.State;
        var profile = state.Profile;
        var command = turn.Understanding.Command;
        if (profile.ConsentAskedTurn is { } asked && asked == state.Turns - 1 && turn.CustomerId is { } customer && command is Affirm or Deny)
        {
            await stored.RecordConsentAsync(customer, command is Affirm, profile, ct);
            turn.Reply.Say(command is Affirm ? "profile_consent_yes" : "profile_consent_no");
            turn.Command = "ProfileConsent";
            return true;
        }
        var request = ProfileWords.Default.Read(turn.Answer.Remembered, turn.Understanding.Entities);
        if (request.Forget is { } part)
        {
            var what = part == ProfilePart.All ? "" : ProfileWording.Describe(turn.Reply, Only(profile, part));
            profile.Forget(part);
            var saved = turn.CustomerId is { } id && await stored.SaveAsync(id, profile, ct, keepStyles: part != ProfilePart.All);
            turn.Reply.Say(part == ProfilePart.All || what.Length == 0 ? "profile_forgot_all" : "profile_forgot", ("what", what),
                ("account", saved ? turn.Reply.Render("profile_account_too") : ""));
            turn.Command = "ForgetProfile";
            return true;
        }
        if (request.Show)
        {
            if (profile.IsEmpty) turn.Reply.Say("profile_empty");
            else turn.Reply.Say("profile_show", ("what", ProfileWording.Describe(turn.Reply, profile)));
            turn.Reply.QuickReplies(profile.IsEmpty ? [] : ["forget my sizes", "forget everything about me"]);
            turn.Command = "ShowProfile";
            return true;
        }
        if (request.Statement is not { } said) return false;
        profile.Remember(said);
        // Measurements alone go quietly to the size advice they came with.
        if (!said.HasPreferences) return false;
        var noted = ProfileWording.Describe(turn.Reply, new ShopperProfile().With(said));
        turn.Reply.Say("profile_noted", ("what", noted));
        await KeepAsync(turn, profile, ct);
        // A refinement of the search on screen ("my budget is 60") already applies the values: it goes on as one.
        if (!OnlyAboutThemselves(turn) || (command is RefineSearch or Correct && state.Search is { IsEmpty: false })) return false;

        turn.Command = "RememberProfile";
        var change = new SearchConstraints
        {
            Size = said.Sizes.FirstOrDefault(), ExcludedColors = said.DislikedColors, MaxPrice = said.Budget, Gender = said.Department,
        };
        if (state.Search is { IsEmpty: false } && !change.IsEmpty) await shopping.RefineAsync(turn, change, null, ct);
        else if (state.Search is null) turn.Reply.Say("profile_next").QuickReplies(["dresses", "jeans", "tops", "shoes"]);
        return true;
    }

    /// <summary>Saves a consenting customer's profile, or asks once whether to keep it; a guest's stays in this chat.</summary>
    private async Task KeepAsync(Turn turn, ShopperProfile profile, CancellationToken ct)
    {
        if (turn.CustomerId is not { } customer || !profile.HasStorable) return;
        if (await stored.LoadAsync(customer, ct) is not { } account) return;
        if (account.Consented) await stored.SaveAsync(customer, profile, ct);
        else if (!account.Asked && profile.ConsentAskedTurn is null)
        {
            profile.ConsentAskedTurn = turn.State.Turns;
            turn.Reply.Say("profile_consent_ask").QuickReplies(["yes, remember them", "no thanks"]);
        }
    }

    /// <summary>
    /// "I'm a size 12" or "I hate orange" and nothing more: no product, category or search words besides the profile's
    /// own values, and no product to advise on. Anything more goes on to its flow, which reads the profile.
    /// </summary>
    private static bool OnlyAboutThemselves(Turn turn)
    {
        var entities = turn.Understanding.Entities;
        var rest = entities.Constraints with
        {
            Size = null, Colors = [], ExcludedColors = [], MaxPrice = null, MinPrice = null, Gender = null, Fits = [],
        };
        if (!rest.IsEmpty || entities.Ordinal is not null || entities.NamedProduct is not null) return false;
        var productInView = turn.State.Focus is not null || turn.Page.ProductHandle is not null;
        return turn.Understanding.Command is not (AskSizeAdvice or AskProductDetail or AskStyleAdvice or Recommend) || !productInView;
    }

    private static ShopperProfile Only(ShopperProfile profile, ProfilePart part)
    {
        var copy = new ShopperProfile();
        copy.Remember(new ProfileStatement
        {
            Sizes = part == ProfilePart.Sizes ? profile.Sizes : [],
            Fit = part == ProfilePart.Fit ? profile.Fit : null,
            LikedColors = part == ProfilePart.Colors ? profile.LikedColors : [],
            DislikedColors = part == ProfilePart.Colors ? profile.DislikedColors : [],
            Budget = part == ProfilePart.Budget ? profile.Budget : null,
            Department = part == ProfilePart.Department ? profile.Department : null,
            Body = part == ProfilePart.Measurements ? profile.Body : null,
        });
        return copy;
    }
}
