using Ariadne.Core.Cases;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// An exported file of a case and its custody stamp: the checkpoint signed over the audit record of this export,
/// which holds the file's SHA-256. Whoever keeps the stamp can later prove the store's chain still holds that export
/// (<c>ariadne audit verify --stamp</c>), even if the database and the heads beside the key were rewritten since.
/// </summary>
public sealed record CaseExportFile(byte[] Bytes, AuditCheckpoint Custody);
