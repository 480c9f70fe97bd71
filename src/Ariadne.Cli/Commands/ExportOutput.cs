using System.CommandLine;
using System.Text;
using Ariadne.Core.Cases;
using Ariadne.Investigation.Cases;

namespace Ariadne.Cli.Commands;

/// <summary>
/// Where an export goes: the --out file, else stdout. The export is built in memory first, so a failed export (an
/// unknown network, a failed k-anonymity check) leaves no half-written or empty file behind.
/// </summary>
public static class ExportOutput
{
    public static readonly Option<string?> Out = new("--out") { Description = "File to write (default: stdout)." };

    public static async Task<byte[]> RenderAsync(Func<Stream, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        await write(buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the bytes to the file (replacing it) or, without a path, to the command's stdout.</summary>
    public static async Task SaveAsync(ParseResult parseResult, string? path, byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(bytes);
        if (string.IsNullOrWhiteSpace(path))
        {
            await parseResult.InvocationConfiguration.Output.WriteAsync(Encoding.UTF8.GetString(bytes));
            return;
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, bytes, cancellationToken);
    }

    /// <summary>
    /// Keeps a case export's custody stamp: beside the file as <c>FILE.custody.json</c>, or, when the export went to
    /// stdout, as one JSON line on stderr (so it never mixes with the exported bytes).
    /// </summary>
    public static async Task SaveCustodyAsync(ParseResult parseResult, string? path, AuditCheckpoint custody, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(custody);
        if (string.IsNullOrWhiteSpace(path))
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync("custody: " + Encoding.UTF8.GetString(AuditCheckpointJson.Serialize(custody, indented: false)));
            return;
        }

        await File.WriteAllBytesAsync(CustodyPath(path), AuditCheckpointJson.Serialize(custody), cancellationToken);
    }

    /// <summary>Where the custody stamp of an export written to <paramref name="path"/> goes.</summary>
    public static string CustodyPath(string path) => Path.GetFullPath(path) + ".custody.json";
}
