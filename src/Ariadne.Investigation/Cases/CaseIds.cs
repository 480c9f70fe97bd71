using System.Globalization;
using System.Security.Cryptography;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// Ids for things people create (cases, notes, tasks, evidence). Unlike documents they have no content to hash,
/// so they are the creation date plus random digits: readable on a report, sortable, and never guessable from
/// another case's id.
/// </summary>
public static class CaseIds
{
    public static string NewCase(DateTimeOffset now) => "case-" + now.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" + Random(3);

    public static string NewEvidence(DateTimeOffset now) => "ev-" + now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Random(4);

    public static string NewNote(DateTimeOffset now) => "note-" + now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Random(4);

    public static string NewTask(DateTimeOffset now) => "task-" + now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Random(4);

    private static string Random(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
}
