namespace Ariadne.Linking.Text;

/// <summary>
/// Locality-sensitive hashing by banding: documents whose signatures agree on all rows of at least one band land in
/// the same bucket and become candidate pairs. Buckets are found by sorting (band key, document) pairs per band,
/// which needs no hash table and touches memory in order.
/// </summary>
public static class LshCandidates
{
    /// <summary>
    /// Calls <paramref name="onPair"/> for candidate pairs (a &lt; b). A pair may be reported once per band it shares;
    /// callers skip pairs they have already joined. Returns the number of pairs reported.
    /// </summary>
    public static long Enumerate(SignatureMatrix signatures, LshOptions options, Action<int, int> onPair)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(onPair);
        if (options.Bands * options.RowsPerBand > signatures.Width)
        {
            throw new ArgumentException($"{options.Bands} bands of {options.RowsPerBand} rows need {options.Bands * options.RowsPerBand} signature values, the signatures have {signatures.Width}");
        }

        var docs = new int[signatures.Rows];
        var keys = new ulong[signatures.Rows];
        long reported = 0;
        for (var band = 0; band < options.Bands; band++)
        {
            var n = 0;
            for (var row = 0; row < signatures.Rows; row++)
            {
                if (!signatures.IsUsable(row))
                {
                    continue;
                }

                keys[n] = BandKey(signatures.ReadRow(row).Slice(band * options.RowsPerBand, options.RowsPerBand), band);
                docs[n] = row;
                n++;
            }

            // Sorting by key keeps document order inside a bucket (stable on equal keys is not needed: documents are
            // re-sorted below only for large buckets).
            Array.Sort(keys, docs, 0, n);
            var start = 0;
            while (start < n)
            {
                var end = start + 1;
                while (end < n && keys[end] == keys[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    reported += Bucket(docs.AsSpan(start, end - start), options, onPair);
                }

                start = end;
            }
        }

        return reported;
    }

    private static long Bucket(Span<int> members, LshOptions options, Action<int, int> onPair)
    {
        members.Sort();
        long reported = 0;
        var window = members.Length <= options.AllPairsBucketLimit ? members.Length : options.WindowInLargeBucket + 1;
        for (var i = 0; i < members.Length; i++)
        {
            var last = Math.Min(members.Length, i + window);
            for (var j = i + 1; j < last; j++)
            {
                onPair(members[i], members[j]);
                reported++;
            }
        }

        return reported;
    }

    internal static ulong BandKey(ReadOnlySpan<uint> rows, int band)
    {
        var h = 0x9E3779B97F4A7C15UL * (ulong)(band + 1);
        foreach (var v in rows)
        {
            h = (h ^ v) * 0x100000001B3UL;
            h ^= h >> 31;
        }

        return h;
    }
}
