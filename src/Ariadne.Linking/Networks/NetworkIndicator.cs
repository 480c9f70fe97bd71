namespace Ariadne.Linking.Networks;

/// <summary>
/// A network-level sign of possible exploitation, in plain words with its evidence. Advisory: it sends a network to
/// a reviewer, it decides nothing. Movement is only ever a network signal (one phone across several cities in a
/// short time), never a text flag: movement wording is not predictive on its own (Lugo-Graulich, Meyer et al. 2024).
/// </summary>
/// <param name="Id">Stable id: <c>circuit</c>, <c>names-per-phone</c>, <c>ages-per-phone</c>, <c>template-across-phones</c>.</param>
public sealed record NetworkIndicator(string Id, string Description, string Evidence);
