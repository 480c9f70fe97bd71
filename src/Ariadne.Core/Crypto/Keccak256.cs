using System.Buffers.Binary;

namespace Ariadne.Core.Crypto;

/// <summary>
/// Keccak-256 as Ethereum uses it: the original submission's padding (0x01 … 0x80), which differs from
/// FIPS-202 SHA3-256 (0x06). Keccak256("") = c5d24601…5d85a470.
/// </summary>
public static class Keccak256
{
    public const int HashLength = 32;

    // Rate for a 256-bit capacity-512 sponge: 1600 - 512 = 1088 bits.
    private const int Rate = 136;

    private const byte KeccakPadding = 0x01;

    private static readonly ulong[] RoundConstants =
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808aUL, 0x8000000080008000UL,
        0x000000000000808bUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008aUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000aUL,
        0x000000008000808bUL, 0x800000000000008bUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800aUL, 0x800000008000000aUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    private static readonly int[] Rotations =
    [
        1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44,
    ];

    private static readonly int[] PiLanes =
    [
        10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1,
    ];

    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var output = new byte[HashLength];
        Hash(data, output);
        return output;
    }

    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => Hash(data, destination, KeccakPadding);

    // The domain byte is the only difference from FIPS-202 SHA3-256 (0x06); tests pass 0x06 to cross-check the
    // sponge against the platform's SHA3_256.
    internal static void Hash(ReadOnlySpan<byte> data, Span<byte> destination, byte domainPadding)
    {
        if (destination.Length < HashLength)
        {
            throw new ArgumentException("The destination must hold 32 bytes.", nameof(destination));
        }

        Span<ulong> state = stackalloc ulong[25];
        state.Clear();
        while (data.Length >= Rate)
        {
            Absorb(state, data[..Rate]);
            data = data[Rate..];
        }

        Span<byte> last = stackalloc byte[Rate];
        last.Clear();
        data.CopyTo(last);
        last[data.Length] ^= domainPadding;
        last[Rate - 1] ^= 0x80;
        Absorb(state, last);

        for (var i = 0; i < HashLength / 8; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(destination[(i * 8)..], state[i]);
        }
    }

    private static void Absorb(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        for (var i = 0; i < Rate / 8; i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        }

        Permute(state);
    }

    private static void Permute(Span<ulong> a)
    {
        Span<ulong> c = stackalloc ulong[5];
        for (var round = 0; round < 24; round++)
        {
            // θ
            for (var x = 0; x < 5; x++)
            {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }

            for (var x = 0; x < 5; x++)
            {
                var d = c[(x + 4) % 5] ^ ulong.RotateLeft(c[(x + 1) % 5], 1);
                for (var y = 0; y < 25; y += 5)
                {
                    a[y + x] ^= d;
                }
            }

            // ρ and π
            var current = a[1];
            for (var i = 0; i < 24; i++)
            {
                var j = PiLanes[i];
                var temp = a[j];
                a[j] = ulong.RotateLeft(current, Rotations[i]);
                current = temp;
            }

            // χ
            for (var y = 0; y < 25; y += 5)
            {
                for (var x = 0; x < 5; x++)
                {
                    c[x] = a[y + x];
                }

                for (var x = 0; x < 5; x++)
                {
                    a[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
                }
            }

            // ι
            a[0] ^= RoundConstants[round];
        }
    }
}
