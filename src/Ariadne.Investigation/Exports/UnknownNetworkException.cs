namespace Ariadne.Investigation.Exports;

/// <summary>The export named a network the store does not hold (an expected failure: a typo, a re-linked store).</summary>
public sealed class UnknownNetworkException(string networkId)
    : ArgumentException($"no network '{networkId}' in the store (list them with the web app's /networks page, or run 'ariadne analyze' first)")
{
    public string NetworkId { get; } = networkId;
}
