using System.Text;

namespace Ariadne.Store.Postgres;

/// <summary>
/// PostgreSQL text cannot hold NUL and Npgsql refuses unpaired surrogates, while scraped text can contain both.
/// They become U+FFFD in text columns; the raw payload (bytea) keeps the original bytes, so nothing is lost.
/// </summary>
internal static class PgText
{
    public static string? Clean(string? s)
    {
        if (s is null || !NeedsCleaning(s))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        foreach (var rune in EnumerateLenient(s))
        {
            sb.Append(rune.ToString());
        }

        return sb.ToString();
    }

    private static bool NeedsCleaning(string s)
    {
        foreach (var c in s)
        {
            if (c == '\0' || char.IsSurrogate(c))
            {
                // Surrogates are usually well-formed pairs; the slow path below checks properly.
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Rune> EnumerateLenient(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            var status = Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out var consumed);
            yield return status != System.Buffers.OperationStatus.Done || rune.Value == 0 ? Rune.ReplacementChar : rune;
            i += Math.Max(consumed, 1);
        }
    }
}
