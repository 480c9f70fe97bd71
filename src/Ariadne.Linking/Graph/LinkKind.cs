namespace Ariadne.Linking.Graph;

/// <summary>Why two documents are linked. The names are stored and shown, so they are part of the data format.</summary>
public enum LinkKind
{
    Phone,
    Email,
    Handle,
    Wallet,
    Photo,
    Text,

    /// <summary>Two posters write from one template: they share rare phrases (used by a handful of posters at most).</summary>
    Template,
}
