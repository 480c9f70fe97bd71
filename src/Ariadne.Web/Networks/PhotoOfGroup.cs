using System.Numerics;

namespace Ariadne.Web.Networks;

/// <summary>
/// Which of an ad's photos a photo edge means: the edge names a PDQ group by the hex hash of its representative, so
/// the ad's photo nearest that hash (fewest differing bits) is the one that fell in the group.
/// </summary>
public static class PhotoOfGroup
{
    /// <summary>The ordinal of the document's photo nearest the group key, or null when it has no hashed photo.</summary>
    public static int? Pick(IEnumerable<(int Ordinal, string Pdq)> photos, string groupKey)
    {
        ArgumentNullException.ThrowIfNull(photos);
        ArgumentNullException.ThrowIfNull(groupKey);
        int? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (ordinal, pdq) in photos)
        {
            var distance = Distance(pdq, groupKey);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (ordinal, distance);
            }
        }

        return best;
    }

    /// <summary>Differing bits of two hex hashes; hashes of different lengths or not hex are as far apart as can be.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length)
        {
            return int.MaxValue - 1;
        }

        var bits = 0;
        for (var i = 0; i < a.Length; i++)
        {
            bits += BitOperations.PopCount((uint)(Nibble(a[i]) ^ Nibble(b[i])));
        }

        return bits;
    }

    private static int Nibble(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => 0,
    };
}
