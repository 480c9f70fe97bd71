using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Ariadne.Imaging.Search;

/// <summary>
/// A <see cref="MultiIndexHashIndex"/> saved as one binary file and read back without rebuilding it: the hash words,
/// id states, delta and free lists and every slot's CSR tables are written as they are in memory, so loading is
/// bulk reads into arrays (disk or page-cache speed) instead of a counting sort per slot. The caller may store
/// 32 bytes of key per id (e.g. the blob SHA-256 a hash belongs to) and a manifest (e.g. the store watermark).
/// <para>
/// Layout (little-endian): magic <c>ARMIHSNP</c>, a header of int32 fields (format version, ids, count, tabled,
/// tombstones, slots, tables, key words per id, manifest bytes, free count, delta count), then the manifest (UTF-8),
/// slot widths, hash words, id states, keys, free ids, delta ids, each table's bucket offsets then ids, and last the
/// XxHash3 of everything before it and the magic <c>MIHSNEND</c>. The file's length follows from the header, so a
/// truncated file is caught before anything is allocated; any flipped bit fails the checksum; arrays are then
/// range-checked, so even a file forged with a valid checksum cannot make a search read out of bounds.
/// </para>
/// Files are written to a temporary name and renamed over the old one, so a reader never sees half a file.
/// </summary>
public static class MihSnapshot
{
    /// <summary>Bumped whenever the layout or the meaning of a field changes; other versions are rebuilt, not read.</summary>
    public const int FormatVersion = 1;

    private const int HeaderFields = 11;
    private const int HeaderBytes = 8 + (4 * HeaderFields);
    private const int TrailerBytes = 16;
    private const int Chunk = 16 << 20;
    private static ReadOnlySpan<byte> Magic => "ARMIHSNP"u8;
    private static ReadOnlySpan<byte> EndMagic => "MIHSNEND"u8;

    /// <summary>
    /// Writes the index (and per-id <paramref name="keys"/>: empty, or 4 words for each id below
    /// <see cref="MultiIndexHashIndex.IdLimit"/>) to <paramref name="path"/>, replacing it atomically.
    /// Not thread-safe against writes to the index while it runs.
    /// </summary>
    public static void Save(string path, MultiIndexHashIndex index, ReadOnlySpan<ulong> keys, string manifest)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(manifest);
        EnsureLittleEndian();
        var state = index.ExportState();
        var next = state.Next;
        if (!keys.IsEmpty && keys.Length < 4L * next)
        {
            throw new ArgumentException($"Keys must hold 4 words for each of the {next} ids (or be empty).", nameof(keys));
        }

        var manifestBytes = Encoding.UTF8.GetBytes(manifest);
        var keyWords = keys.IsEmpty ? 0 : 4;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                var hasher = new XxHash3();
                Span<byte> header = stackalloc byte[HeaderBytes];
                Magic.CopyTo(header);
                Span<int> fields = [FormatVersion, next, state.Count, state.Tabled, state.Tombstones, state.Widths.Length,
                    state.BucketOffsets.Length, keyWords, manifestBytes.Length, state.Free.Length, state.Delta.Length];
                for (var i = 0; i < fields.Length; i++)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(header[(8 + (4 * i))..], fields[i]);
                }

                Write(file, hasher, header);
                Write(file, hasher, manifestBytes);
                Write(file, hasher, MemoryMarshal.AsBytes(state.Widths.AsSpan()));
                Write(file, hasher, MemoryMarshal.AsBytes(state.Words.AsSpan(0, 4 * next)));
                Write(file, hasher, state.States.AsSpan(0, next));
                Write(file, hasher, MemoryMarshal.AsBytes(keys[..(keyWords * next)]));
                Write(file, hasher, MemoryMarshal.AsBytes(state.Free.AsSpan()));
                Write(file, hasher, MemoryMarshal.AsBytes(state.Delta.AsSpan()));
                for (var s = 0; s < state.BucketOffsets.Length; s++)
                {
                    Write(file, hasher, MemoryMarshal.AsBytes(state.BucketOffsets[s].AsSpan()));
                    Write(file, hasher, MemoryMarshal.AsBytes(state.BucketIds[s].AsSpan()));
                }

                Span<byte> trailer = stackalloc byte[TrailerBytes];
                BinaryPrimitives.WriteUInt64LittleEndian(trailer, hasher.GetCurrentHashAsUInt64());
                EndMagic.CopyTo(trailer[8..]);
                file.Write(trailer);
                // Durable before it becomes visible under the real name.
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Reads a snapshot. Never throws for a missing, short, corrupt or foreign file: see <see cref="MihSnapshotLoad.Error"/>.</summary>
    public static MihSnapshotLoad Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        EnsureLittleEndian();
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return Read(file);
        }
        catch (FileNotFoundException)
        {
            return Fail("no snapshot file");
        }
        catch (DirectoryNotFoundException)
        {
            return Fail("no snapshot file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OutOfMemoryException)
        {
            return Fail($"cannot read the snapshot: {ex.Message}");
        }
    }

    private static MihSnapshotLoad Read(FileStream file)
    {
        var length = file.Length;
        if (length < HeaderBytes + TrailerBytes)
        {
            return Fail($"snapshot is truncated ({length} bytes, shorter than its header)");
        }

        var hasher = new XxHash3();
        Span<byte> header = stackalloc byte[HeaderBytes];
        file.ReadExactly(header);
        hasher.Append(header);
        if (!header[..8].SequenceEqual(Magic))
        {
            return Fail("not an index snapshot (bad magic)");
        }

        Span<int> f = stackalloc int[HeaderFields];
        for (var i = 0; i < f.Length; i++)
        {
            f[i] = BinaryPrimitives.ReadInt32LittleEndian(header[(8 + (4 * i))..]);
        }

        if (f[0] != FormatVersion)
        {
            return new MihSnapshotLoad { Error = $"snapshot format version {f[0]}, this build reads version {FormatVersion}", VersionMismatch = true };
        }

        int next = f[1], count = f[2], tabled = f[3], tombstones = f[4], slots = f[5], tables = f[6], keyWords = f[7],
            manifestLength = f[8], freeCount = f[9], deltaCount = f[10];
        if (next < 0 || count < 0 || count > next || tabled < 0 || tabled > next || tombstones < 0 || tombstones > tabled
            || slots is < 1 or > 256 || (tables != 0 && tables != slots) || keyWords is not (0 or 4) || manifestLength < 0
            || freeCount < 0 || freeCount > next || deltaCount < 0 || deltaCount > next)
        {
            return Fail("snapshot header is inconsistent (corrupt)");
        }

        // The widths decide the table sizes, so read them before checking the file's length against the header.
        var manifestBytes = manifestLength <= length ? new byte[manifestLength] : null;
        if (manifestBytes is null || HeaderBytes + manifestLength + (4L * slots) > length)
        {
            return Fail("snapshot is truncated");
        }

        ReadInto(file, hasher, manifestBytes);
        var widths = new int[slots];
        ReadInto(file, hasher, MemoryMarshal.AsBytes(widths.AsSpan()));
        MihLayout layout;
        try
        {
            layout = MihLayout.FromWidths(widths);
        }
        catch (ArgumentException)
        {
            return Fail("snapshot slot layout is invalid (corrupt)");
        }

        var expected = HeaderBytes + (long)manifestLength + (4L * slots) + (32L * next) + next + (8L * keyWords * next)
            + (4L * freeCount) + (4L * deltaCount) + TrailerBytes;
        for (var s = 0; s < tables; s++)
        {
            expected += (4L * ((1L << layout.Widths[s]) + 1)) + (4L * tabled);
        }

        if (length < expected)
        {
            return Fail($"snapshot is truncated ({length:N0} of {expected:N0} bytes)");
        }

        if (length > expected)
        {
            return Fail($"snapshot has {length - expected:N0} unexpected trailing bytes (corrupt)");
        }

        var words = new ulong[4L * next];
        ReadInto(file, hasher, MemoryMarshal.AsBytes(words.AsSpan()));
        var states = new byte[next];
        ReadInto(file, hasher, states);
        var keys = new ulong[keyWords * (long)next];
        ReadInto(file, hasher, MemoryMarshal.AsBytes(keys.AsSpan()));
        var free = new int[freeCount];
        ReadInto(file, hasher, MemoryMarshal.AsBytes(free.AsSpan()));
        var delta = new int[deltaCount];
        ReadInto(file, hasher, MemoryMarshal.AsBytes(delta.AsSpan()));
        var offsets = new int[tables][];
        var ids = new int[tables][];
        for (var s = 0; s < tables; s++)
        {
            offsets[s] = new int[(1 << layout.Widths[s]) + 1];
            ReadInto(file, hasher, MemoryMarshal.AsBytes(offsets[s].AsSpan()));
            ids[s] = new int[tabled];
            ReadInto(file, hasher, MemoryMarshal.AsBytes(ids[s].AsSpan()));
        }

        Span<byte> trailer = stackalloc byte[TrailerBytes];
        file.ReadExactly(trailer);
        if (!trailer[8..].SequenceEqual(EndMagic) || BinaryPrimitives.ReadUInt64LittleEndian(trailer) != hasher.GetCurrentHashAsUInt64())
        {
            return Fail("snapshot checksum does not match its contents (corrupt)");
        }

        if (Validate(states, next, count, free, delta, offsets, ids, tabled) is { } problem)
        {
            return Fail(problem);
        }

        var state = new MihState(words, states, next, count, free, delta, widths, offsets, ids, tabled, tombstones);
        return new MihSnapshotLoad
        {
            Index = MultiIndexHashIndex.FromState(state),
            Keys = keys,
            Manifest = Encoding.UTF8.GetString(manifestBytes),
        };
    }

    // Structural checks a search relies on: every id in range and every bucket range inside its id table.
    private static string? Validate(byte[] states, int next, int count, int[] free, int[] delta, int[][] offsets, int[][] ids, int tabled)
    {
        var live = 0;
        foreach (var s in states)
        {
            if (s > MultiIndexHashIndex.InDelta)
            {
                return "snapshot has an invalid id state (corrupt)";
            }
            live += s == MultiIndexHashIndex.Free ? 0 : 1;
        }

        if (live != count)
        {
            return "snapshot id states disagree with its count (corrupt)";
        }

        foreach (var id in free)
        {
            if ((uint)id >= (uint)next || states[id] != MultiIndexHashIndex.Free)
            {
                return "snapshot free list is invalid (corrupt)";
            }
        }

        foreach (var id in delta)
        {
            if ((uint)id >= (uint)next || states[id] != MultiIndexHashIndex.InDelta)
            {
                return "snapshot delta list is invalid (corrupt)";
            }
        }

        for (var s = 0; s < offsets.Length; s++)
        {
            var o = offsets[s];
            if (o[0] != 0 || o[^1] != tabled)
            {
                return "snapshot bucket table is invalid (corrupt)";
            }
            for (var v = 1; v < o.Length; v++)
            {
                if (o[v] < o[v - 1])
                {
                    return "snapshot bucket table is invalid (corrupt)";
                }
            }
            foreach (var id in ids[s])
            {
                if ((uint)id >= (uint)next)
                {
                    return "snapshot bucket ids are invalid (corrupt)";
                }
            }
        }

        return null;
    }

    private static void Write(FileStream file, XxHash3 hasher, ReadOnlySpan<byte> bytes)
    {
        hasher.Append(bytes);
        file.Write(bytes);
    }

    // Large arrays are read in chunks: one read call is limited to 2 GiB, and chunks keep the checksum cache-warm.
    private static void ReadInto(FileStream file, XxHash3 hasher, Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            var part = destination[..Math.Min(Chunk, destination.Length)];
            file.ReadExactly(part);
            hasher.Append(part);
            destination = destination[part.Length..];
        }
    }

    private static MihSnapshotLoad Fail(string error) => new() { Error = error };

    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Index snapshots are little-endian; this machine is not.");
        }
    }
}
