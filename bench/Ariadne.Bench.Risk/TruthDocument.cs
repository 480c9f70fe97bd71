namespace Ariadne.Bench.Risk;

/// <summary>One document's truth: its population (trafficking, independent, agency, touring...), Bayes log-odds when the generator wrote them, and the indicators in it.</summary>
internal sealed record TruthDocument(string Population, double? BayesAd, double? BayesPoster, IReadOnlySet<string> Indicators);
