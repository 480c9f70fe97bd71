namespace Ariadne.Linking.Networks;

/// <summary>One hop of an explanation: document <see cref="From"/> is linked to <see cref="To"/> by this evidence.</summary>
public sealed record LinkStep(string From, string To, string Kind, string Evidence, double Similarity);
