namespace Ariadne.Scoring.Matching;

/// <summary>Local price levels for the "price far below the local median" indicator.</summary>
public interface IPriceReference
{
    /// <summary>Median advertised price in <paramref name="currency"/> for <paramref name="location"/>, or null when unknown.</summary>
    double? Median(string location, string currency);
}
