using Tailor.Server.Webhooks;

namespace Tailor.Tests.Api;

public sealed class WebhookOptionsTests
{
    private const string Long = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void Inbound_and_outbound_keys_fall_back_to_the_shared_secret_of_older_installs()
    {
        var shared = new WebhookOptions { Secret = Long };
        var separate = new WebhookOptions { Secret = Long, InboundSecret = Long + "-in", OutboundSecret = Long + "-out" };

        Assert.Equal((Long, Long), (shared.InboundKey, shared.OutboundKey));
        Assert.Equal((Long + "-in", Long + "-out"), (separate.InboundKey, separate.OutboundKey));
    }

    [Theory]
    [InlineData("short-secret", null, null)]
    [InlineData(null, "short-inbound", null)]
    [InlineData(Long, null, "0123456789abcdef0123456789abcde")]
    public void A_secret_shorter_than_32_characters_is_refused(string? secret, string? inbound, string? outbound) =>
        Assert.False(new WebhookOptions { Secret = secret, InboundSecret = inbound, OutboundSecret = outbound }.SecretsAreLongEnough);

    [Fact]
    public void Received_ids_are_kept_for_twice_the_timestamp_tolerance() =>
        Assert.Equal(TimeSpan.FromMinutes(10), new WebhookOptions { TimestampTolerance = TimeSpan.FromMinutes(5) }.ReceivedIdRetention);
}
