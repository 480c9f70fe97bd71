namespace Ariadne.Investigation.Exports.Htcds;

/// <summary>
/// One HTCDS record: fields in a fixed order, keyed by the standard's exact names (<c>cas_Status</c>,
/// <c>vic_MethodsOfControl</c>…). Only fields with a value are present: unknown is empty, never guessed.
/// </summary>
/// <param name="Table">The standard's table: case, case-comment, victim-context or historic-trafficking-event.</param>
public sealed record HtcdsRecord(string Table, IReadOnlyList<KeyValuePair<string, string>> Fields);
