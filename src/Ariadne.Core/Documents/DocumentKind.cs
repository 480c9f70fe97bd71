namespace Ariadne.Core.Documents;

/// <summary>What a document is. Stored as its lower-case name (see <see cref="DocumentKinds"/>).</summary>
public enum DocumentKind
{
    Ad = 0,
    Post = 1,
    ChatMessage = 2,
    Tip = 3,
}
