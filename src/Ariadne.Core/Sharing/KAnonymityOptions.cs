using System.Globalization;

namespace Ariadne.Core.Sharing;

/// <summary>How strict the anonymised export is.</summary>
public sealed record KAnonymityOptions
{
    /// <summary>CTDC publishes with k = 11; below 2 nothing is anonymous at all.</summary>
    public const int DefaultK = 11;

    public const double DefaultMaxSuppression = 0.02;

    /// <summary>Every quasi-identifier combination in the output occurs at least this often.</summary>
    public int K { get; init; } = DefaultK;

    /// <summary>Share of the records (0–1) that may be dropped instead of generalising further.</summary>
    public double MaxSuppression { get; init; } = DefaultMaxSuppression;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with a message a person can act on.</summary>
    public void Validate()
    {
        if (K < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(K), K, string.Create(CultureInfo.InvariantCulture,
                $"k must be at least 2 (got {K}): with k = 1 every record may be unique, which is no anonymity at all."));
        }

        if (double.IsNaN(MaxSuppression) || MaxSuppression < 0 || MaxSuppression > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSuppression), MaxSuppression, string.Create(CultureInfo.InvariantCulture,
                $"the suppression budget must be a share between 0 and 1 (got {MaxSuppression})."));
        }
    }
}
