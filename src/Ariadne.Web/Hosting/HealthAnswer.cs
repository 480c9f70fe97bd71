using System.Text.Json.Serialization;

namespace Ariadne.Web.Hosting;

/// <summary>
/// What <c>/healthz</c> says: the status always; the engine and the document count only to a signed-in reader, the
/// reason only when the store did not answer. Absent fields are left out, not written as null.
/// </summary>
public sealed record HealthAnswer(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Store = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Documents = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);
