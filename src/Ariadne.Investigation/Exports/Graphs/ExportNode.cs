namespace Ariadne.Investigation.Exports.Graphs;

/// <summary>
/// A node of an export graph: a document (type ad/post/chat/tip, value = document id) or an identifier it mentions
/// (type phone/email/handle/crypto, value = the normalised identifier).
/// </summary>
public sealed record ExportNode(
    string Id,
    string Type,
    string Label,
    string Value,
    DateTimeOffset? PostedAtUtc = null,
    string? Location = null,
    double? Risk = null,
    string? Network = null,
    bool PostedDateOnly = false);
