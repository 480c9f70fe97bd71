using System.Buffers;
using System.Security.Cryptography;

namespace Ariadne.Investigation.Accounts;

/// <summary>Random passwords for new and demo accounts: 4 groups of 5 characters, about 113 bits of entropy.</summary>
public static class PasswordGenerator
{
    // No look-alikes (0/O, 1/l/I), so a password read off a terminal can be typed back correctly.
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Alphabet = Lower + Upper + Digits;
    private static readonly SearchValues<char> LowerSet = SearchValues.Create(Lower);
    private static readonly SearchValues<char> UpperSet = SearchValues.Create(Upper);
    private static readonly SearchValues<char> DigitSet = SearchValues.Create(Digits);

    public static string Create()
    {
        while (true)
        {
            var chars = new char[23];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = i % 6 == 5 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }

            var password = new string(chars);

            // Retry until every class is present, so the password always meets the Identity password rules.
            if (password.AsSpan().ContainsAny(LowerSet) && password.AsSpan().ContainsAny(UpperSet) && password.AsSpan().ContainsAny(DigitSet))
            {
                return password;
            }
        }
    }
}
