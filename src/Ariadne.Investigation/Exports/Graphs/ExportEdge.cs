namespace Ariadne.Investigation.Exports.Graphs;

/// <summary>
/// An edge of an export graph: a stored joining edge between two documents (kind phone/email/handle/wallet/photo/text,
/// reason = its evidence) or a document's mention of an identifier (kind "mentions").
/// </summary>
public sealed record ExportEdge(string Id, string Source, string Target, string Kind, string Reason, double? Similarity = null);
