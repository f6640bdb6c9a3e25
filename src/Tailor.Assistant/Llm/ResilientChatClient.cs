using System.ClientModel;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Tailor.Assistant.Llm;

/// <summary>
/// Timeout per attempt, retry of transient failures and a circuit breaker around every model call. A streamed answer is
/// collected inside the pipeline before it is passed on: Tailor checks an answer whole before the shopper sees it, so
/// nothing is lost by it, and a retry can never repeat words already forwarded.
/// </summary>
public sealed class ResilientChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline pipeline;

    public ResilientChatClient(IChatClient inner, LlmOptions options, TimeProvider time) : base(inner)
    {
        pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Constant,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && args.Outcome.Exception is { } e && IsTransient(e)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = options.BreakerMinimumCalls,
                SamplingDuration = options.BreakerSampling,
                BreakDuration = options.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e)),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        return pipeline.ExecuteAsync(async ct => await base.GetResponseAsync(list, options, ct), cancellationToken).AsTask();
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var updates = await pipeline.ExecuteAsync(async ct =>
        {
            var collected = new List<ChatResponseUpdate>();
            await foreach (var update in base.GetStreamingResponseAsync(list, options, ct)) collected.Add(update);
            return collected;
        }, cancellationToken);
        foreach (var update in updates) yield return update;
    }

    /// <summary>Worth another try: the model was slow, busy, briefly down or unreachable. A 400 or 401 will not change.</summary>
    public static bool IsTransient(Exception error) => error switch
    {
        TimeoutRejectedException or HttpRequestException or IOException => true,
        ClientResultException { Status: 0 or 408 or 429 or >= 500 } => true,
        ClientResultException { InnerException: { } inner } => IsTransient(inner),
        _ => error.InnerException is { } cause && IsTransient(cause),
    };
}
