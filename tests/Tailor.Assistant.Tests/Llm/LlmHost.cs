using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Conversations;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Llm;
using Tailor.Assistant.Tests.Conversations;

namespace Tailor.Assistant.Tests.Llm;

/// <summary>The real assistant in LLM mode, every stage on, pointed at the fake model server; the circuit never opens here.</summary>
public sealed class LlmHost : IAsyncLifetime
{
    public FakeModelServer Model { get; private set; } = null!;
    public AssistantHost Assistant { get; private set; } = null!;

    public LlmMetrics Metrics => Assistant.Services.GetRequiredService<LlmMetrics>();

    public async Task InitializeAsync()
    {
        Model = await FakeModelServer.StartAsync();
        Assistant = new AssistantHost(new Dictionary<string, string?>
        {
            ["Tailor:Llm:Provider"] = LlmProviders.OpenAICompatible,
            ["Tailor:Llm:Endpoint"] = Model.Endpoint.ToString(),
            ["Tailor:Llm:Model"] = "fake-model",
            ["Tailor:Llm:AttemptTimeout"] = "00:00:01",
            ["Tailor:Llm:MaxRetries"] = "0",
            ["Tailor:Llm:BreakerMinimumCalls"] = "1000",
        });
        await Assistant.InitializeAsync();
    }

    /// <summary>A new conversation and one message in it; returns the answer's messages.</summary>
    public async Task<(string ConversationId, TurnResult Result)> AskAsync(string text)
    {
        await using var scope = Assistant.Scope();
        var engine = scope.ServiceProvider.GetRequiredService<ChatEngine>();
        var started = await engine.StartAsync(new PageContext(), CancellationToken.None);
        var result = await engine.SendAsync(started.Id, text, null, CancellationToken.None);
        return (started.Id, result!);
    }

    public async Task DisposeAsync()
    {
        await Assistant.DisposeAsync();
        await Model.DisposeAsync();
    }
}
