namespace Ariadne.Core.Documents;

/// <summary>Parses and names <see cref="DocumentKind"/> values as they appear in input files.</summary>
public static class DocumentKinds
{
    /// <summary>Returns the wire name of a kind: <c>ad</c>, <c>post</c>, <c>chat</c>, <c>tip</c>.</summary>
    public static string ToWireName(this DocumentKind kind) => kind switch
    {
        DocumentKind.Ad => "ad",
        DocumentKind.Post => "post",
        DocumentKind.ChatMessage => "chat",
        DocumentKind.Tip => "tip",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind."),
    };

    /// <summary>
    /// Parses the kinds written by people and tools ("ad", "advert", "post", "chat", "chat_message", "message", "tip").
    /// A missing value means an ad, the common case for classified-site scrapes.
    /// </summary>
    public static bool TryParse(string? text, out DocumentKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "ad" or "ads" or "advert" or "advertisement" or "classified":
                kind = DocumentKind.Ad;
                return true;
            case "post" or "social" or "social_post":
                kind = DocumentKind.Post;
                return true;
            case "chat" or "chat_message" or "chatmessage" or "message" or "msg":
                kind = DocumentKind.ChatMessage;
                return true;
            case "tip" or "hotline" or "report":
                kind = DocumentKind.Tip;
                return true;
            default:
                kind = DocumentKind.Ad;
                return false;
        }
    }
}
