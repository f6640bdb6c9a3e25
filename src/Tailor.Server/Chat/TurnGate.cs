using Microsoft.Extensions.Options;
using Tailor.Server.Widget;

namespace Tailor.Server.Chat;

/// <summary>
/// Caps how many streamed turns run at once. A turn is CPU work (intent model, search) and synchronous SQLite calls that
/// hold a thread-pool thread from start to end: with 50 turns at once every thread is taken and new requests wait for one,
/// so even <c>message.start</c>, meant to go out at once, waits as long as a whole answer. Waiting here is asynchronous and
/// holds no thread, so requests keep being accepted and acknowledged while turns queue.
/// </summary>
public sealed class TurnGate(IOptions<WebChatOptions> options) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.Value.ConcurrentTurns ?? Environment.ProcessorCount);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await slots.WaitAsync(ct);
        return new Slot(slots);
    }

    public void Dispose() => slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) slots.Release();
        }
    }
}
