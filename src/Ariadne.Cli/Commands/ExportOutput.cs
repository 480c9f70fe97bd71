using System.CommandLine;
using System.Text;

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
}
