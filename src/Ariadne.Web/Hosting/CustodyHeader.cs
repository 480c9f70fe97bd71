using System.Text;
using Ariadne.Core.Cases;
using Ariadne.Investigation.Cases;
using Microsoft.AspNetCore.Http;

namespace Ariadne.Web.Hosting;

/// <summary>
/// Sends a case export's custody stamp (the checkpoint signed over the audit record of that export) in the
/// <c>Ariadne-Custody</c> response header, as one line of JSON: a script that downloads exports keeps it beside the
/// file and can later prove the store still holds that export (<c>ariadne audit verify --stamp</c>).
/// </summary>
public static class CustodyHeader
{
    public const string Name = "Ariadne-Custody";

    public static void Add(HttpResponse response, AuditCheckpoint custody)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[Name] = Encoding.UTF8.GetString(AuditCheckpointJson.Serialize(custody, indented: false));
    }
}
