namespace Ariadne.Linking.Graph;

/// <summary>
/// One piece of evidence that joined two documents (by ordinal in the linked list): the identifier they share, or
/// their text similarity. Only edges that joined two separate groups are kept, so a network of n documents has
/// n − 1 edges: a spanning forest that explains every membership without storing every pair.
/// </summary>
public readonly record struct LinkEdge(int A, int B, LinkKind Kind, string Evidence, double Similarity);
