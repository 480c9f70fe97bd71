using System.Buffers;

namespace Ariadne.Analysis.Ingest.Jsonl;

/// <summary>
/// Splits a byte stream on '\n' with exact byte offsets, in memory bounded by the longest accepted line: a line
/// longer than the limit is skipped without being buffered, keeping only its first bytes for the quarantine.
/// </summary>
internal sealed class LineSplitter : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _eof;

    public LineSplitter(Stream stream, long startOffset, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _bufferOffset = startOffset;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, maxLineBytes + 1));
    }

    /// <summary>
    /// Reads the next line (without its '\n'). <paramref name="line"/> is valid until the next call. When
    /// <paramref name="tooLong"/> is set, <paramref name="line"/> holds only the first bytes of the line.
    /// </summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out long endOffset, out bool tooLong)
    {
        tooLong = false;
        var scanFrom = _start;
        while (true)
        {
            var found = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (found >= 0)
            {
                var newline = scanFrom + found;
                line = _buffer.AsMemory(_start, newline - _start);
                _start = newline + 1;
                endOffset = _bufferOffset + _start;
                if (line.Length > _maxLineBytes)
                {
                    tooLong = true;
                    line = line[..IngestRejection.MaxRawBytes];
                }

                return true;
            }

            if (_eof)
            {
                if (_start == _end)
                {
                    line = default;
                    endOffset = _bufferOffset + _end;
                    return false;
                }

                line = _buffer.AsMemory(_start, _end - _start);
                _start = _end;
                endOffset = _bufferOffset + _end;
                if (line.Length > _maxLineBytes)
                {
                    tooLong = true;
                    line = line[..IngestRejection.MaxRawBytes];
                }

                return true;
            }

            var pending = _end - _start;
            if (pending > _maxLineBytes)
            {
                line = SkipLongLine(out endOffset);
                tooLong = true;
                return true;
            }

            Compact();
            if (_end == _buffer.Length)
            {
                Grow();
            }

            scanFrom = _end;
            Fill();
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Compact()
    {
        if (_start == 0)
        {
            return;
        }

        var pending = _end - _start;
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
        _bufferOffset += _start;
        _start = 0;
        _end = pending;
    }

    private void Grow()
    {
        // One byte past the limit is enough to know a line is too long.
        var size = (int)Math.Min((long)_buffer.Length * 2, (long)_maxLineBytes + 1);
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(size, _buffer.Length + 1));
        Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    private void Fill()
    {
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }
        else
        {
            _end += read;
        }
    }

    private byte[] SkipLongLine(out long endOffset)
    {
        var prefix = _buffer.AsSpan(_start, Math.Min(IngestRejection.MaxRawBytes, _end - _start)).ToArray();
        while (true)
        {
            var found = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (found >= 0)
            {
                _start += found + 1;
                endOffset = _bufferOffset + _start;
                return prefix;
            }

            // Drop everything buffered: only the count of bytes matters for the offset.
            _bufferOffset += _end;
            _start = 0;
            _end = 0;
            if (_eof)
            {
                endOffset = _bufferOffset;
                return prefix;
            }

            Fill();
        }
    }
}
