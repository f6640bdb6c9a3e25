using System.Text;

namespace Tailor.Assistant.Tests.SecondStore;

/// <summary>One conversation with the second store, with its transcript kept for the failure message.</summary>
internal sealed class SecondStoreChat(SecondStoreHost store, string id)
{
    private readonly StringBuilder log = new();

    public string Id => id;

    public string Log => log.ToString();

    public async Task<string> SayAsync(string text, string? expect = null)
    {
        var reply = await store.SayAsync(id, text);
        log.AppendLine($"shopper: {text}").AppendLine($"assistant: {reply}");
        if (expect is not null) Assert.True(reply.Contains(expect, StringComparison.OrdinalIgnoreCase), $"expected \"{expect}\"\n{Log}");
        return reply;
    }
}
