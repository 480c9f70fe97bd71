namespace Ariadne.Linking.Graph;

/// <summary>Evidence the hub guard refused to merge on, with the numbers behind the decision.</summary>
public sealed record Hub(LinkKind Kind, string Value, int Documents, int Groups, string Reason);
