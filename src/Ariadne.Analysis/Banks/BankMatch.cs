using Ariadne.Imaging.Pdq;
using Ariadne.Store.Banks;

namespace Ariadne.Analysis.Banks;

/// <summary>A bank entry within the search radius of a query hash.</summary>
public sealed record BankMatch(BankedHash Banked, int Distance)
{
    /// <summary>False when the bank recorded a quality of 49 or less for the entry: such hashes match unrelated flat images.</summary>
    public bool EntryReliable => Banked.Entry.Quality is not { } q || q >= PdqResult.MinimumReliableQuality;
}
