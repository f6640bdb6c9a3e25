namespace Tailor.Store.Import;

/// <summary>Tells an XML feed from a TSV one by its first meaningful character, without needing a seekable stream.</summary>
internal static class FeedSniffer
{
    private const int PeekBytes = 1024;

    /// <summary>The stream to read instead of <paramref name="input"/> (the peeked bytes put back) and whether it holds XML.</summary>
    public static async Task<(Stream Stream, bool IsXml)> OpenAsync(Stream input, CancellationToken ct)
    {
        var head = new byte[PeekBytes];
        var count = 0;
        while (count < head.Length)
        {
            var read = await input.ReadAsync(head.AsMemory(count), ct);
            if (read == 0) break;
            count += read;
        }
        var utf16 = count >= 2 && (head[0], head[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);
        var start = utf16 ? 2 : count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        while (start < count && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0) start++;
        var isXml = start < count && head[start] == (byte)'<';
        // XML must begin with its declaration, so leading whitespace (and a UTF-8 BOM) is dropped; UTF-16 keeps its BOM.
        var skip = isXml && !utf16 ? start : 0;
        return (new PrefixedStream(head.AsMemory(skip, count - skip), input), isXml);
    }

    /// <summary>Reads the peeked bytes, then the rest of the original stream.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (prefix.IsEmpty) return rest.Read(buffer);
            return TakePrefix(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (prefix.IsEmpty) return await rest.ReadAsync(buffer, cancellationToken);
            return TakePrefix(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int TakePrefix(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, prefix.Length);
            prefix.Span[..n].CopyTo(buffer);
            prefix = prefix[n..];
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
