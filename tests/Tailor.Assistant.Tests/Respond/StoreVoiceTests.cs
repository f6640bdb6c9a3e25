using Tailor.Assistant.Respond.Voice;
using Tailor.Domain.Settings;

namespace Tailor.Assistant.Tests.Respond;

/// <summary>A store's voice.yaml rewords answers and quick replies, and is refused, naming the key, where it would break them.</summary>
public sealed class StoreVoiceTests
{
    private static VoicedWording Build(string yaml, StoreSettings? settings = null) =>
        StoreVoiceRegistration.Build(StoreVoice.Parse(yaml, "voice.yaml"), settings ?? new StoreSettings(), new VoiceOptions());

    [Fact]
    public void A_changed_greeting_replaces_the_shipped_one_and_other_keys_keep_theirs()
    {
        var wording = Build("templates:\n  greeting: [\"Bonjour from {store}! What can I find for you?\"]\n");

        Assert.Equal("Bonjour from Maison! What can I find for you?", wording.Templates.Render("greeting", 7, new Dictionary<string, string> { ["store"] = "Maison" }));
        Assert.Equal(Build("").Templates.Render("smalltalk_thanks", 0), wording.Templates.Render("smalltalk_thanks", 0));
    }

    [Fact]
    public void An_unknown_key_is_refused_naming_it()
    {
        var refused = Assert.Throws<VoiceException>(() => Build("templates:\n  greetin: [\"Hello\"]\n"));

        Assert.Contains(refused.Problems, p => p.StartsWith("templates.greetin: unknown key", StringComparison.Ordinal) && p.Contains("greeting"));
    }

    [Fact]
    public void A_placeholder_the_shipped_wording_does_not_fill_is_refused()
    {
        var refused = Assert.Throws<VoiceException>(() => Build("templates:\n  greeting: [\"Hi from {store}, free delivery over {threshold}!\"]\n"));

        Assert.Equal(["templates.greeting: {threshold} is not filled for this key; it has {store}."], refused.Problems);
    }

    [Fact]
    public void A_figure_typed_into_wording_is_refused_so_terms_always_come_from_data()
    {
        var refused = Assert.Throws<VoiceException>(() => Build("templates:\n  greeting: [\"Hi from {store}! Returns are free for 45 days.\"]\nquick_replies:\n  greeting: [\"jeans under 40\"]\n"));

        Assert.Contains("templates.greeting: the figure 45 is typed into the wording; figures come from the store's data through placeholders.", refused.Problems);
        Assert.Contains(refused.Problems, p => p.StartsWith("quick_replies.greeting: the figure 40", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_section_is_refused_with_its_line()
    {
        var refused = Assert.Throws<VoiceException>(() => Build("templates:\n  greeting: [\"Hi {store}\"]\ntemplate:\n  x: [y]\n"));

        Assert.Contains("line 3", refused.Message);
    }

    [Fact]
    public void Quick_replies_with_money_use_the_stores_currency_even_when_the_locale_has_another()
    {
        var euros = Build("", new StoreSettings { Currency = "EUR", Locale = "en-GB" });
        var pounds = Build("");

        Assert.Contains("jeans under €60", euros.QuickReplies.For("greeting"));
        Assert.Contains("jeans under £60", pounds.QuickReplies.For("greeting"));
        Assert.Equal("€12.50", 12.5m.ToString("C", StoreCulture.For("en-GB", "EUR")));
    }

    [Theory]
    [InlineData("warm")]
    [InlineData("polished")]
    [InlineData("playful")]
    public void Every_shipped_voice_is_accepted(string voice) => Assert.NotEmpty(Build(VoicePresets.Read(voice)).QuickReplies.For("greeting"));
}
