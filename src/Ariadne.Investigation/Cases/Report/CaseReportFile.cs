using Ariadne.Core.Cases;

namespace Ariadne.Investigation.Cases.Report;

/// <summary>
/// A produced report: its bytes, their SHA-256 (as recorded in the case's audit log), a file name, a media type and
/// the custody stamp signed over the audit record of this export.
/// </summary>
public sealed record CaseReportFile(byte[] Content, string Sha256, string FileName, string MediaType, AuditCheckpoint Custody);
