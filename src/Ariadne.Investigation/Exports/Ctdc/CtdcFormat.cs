namespace Ariadne.Investigation.Exports.Ctdc;

/// <summary>The file format of the anonymised export.</summary>
public enum CtdcFormat
{
    /// <summary>RFC 4180 CSV with a header row (<see cref="Ariadne.Core.Sharing.SharedRecord.Columns"/>).</summary>
    Csv,

    /// <summary>A JSON array of objects keyed by the same column names.</summary>
    Json,
}
