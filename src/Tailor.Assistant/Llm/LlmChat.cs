using Microsoft.Extensions.AI;

namespace Tailor.Assistant.Llm;

/// <summary>The configured model's chat client (the whole pipeline) with the options it was built from.</summary>
public sealed class LlmChat(IChatClient client, LlmOptions options) : IDisposable
{
    public IChatClient Client => client;
    public LlmOptions Options => options;

    public void Dispose() => client.Dispose();
}
