using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Ariadne.Core.Cases;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// The signed head of every case's audit chain, kept outside the database in one small file per case beside the
/// signing key (<c>audit-heads/</c> in the key's folder). It is rewritten after every appended record, so someone
/// who can edit the database but not this folder cannot delete checkpoints, cut the tail of a chain or rewrite its
/// newest records unseen: the verifier compares the chain with the head it finds here.
/// </summary>
public sealed class AuditHeadStore
{
    public const string FolderName = "audit-heads";

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);

    public AuditHeadStore(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    /// <summary>The head folder that belongs to a signing key: beside it, so both are kept (and lost) together.</summary>
    public static AuditHeadStore BesideKey(string keyPath) =>
        new(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(keyPath)) ?? ".", FolderName));

    /// <summary>Where the head of <paramref name="caseId"/> is kept.</summary>
    public string PathOf(string caseId)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);

        // Case ids are made by Ariadne (letters, digits, dashes); anything else is hashed so it can never name a
        // path outside the folder.
        var safe = caseId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && caseId.Length <= 100
            ? caseId
            : "sha256-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(caseId)));
        return Path.Combine(Folder, safe + ".json");
    }

    /// <summary>
    /// Records <paramref name="head"/> as the case's signed head, moving only forward: not when the head there is at
    /// the same or a later record (writers of one case may finish out of order), and not when
    /// <paramref name="extends"/> says the chain no longer holds the current head. A head is never re-signed over a
    /// chain that was rewritten behind it, so a later honest write cannot launder a forgery; the stale head stays
    /// for the verifier to report. The file is replaced atomically, so a crash leaves the old head or the new.
    /// </summary>
    public async Task WriteAsync(AuditCheckpoint head, Func<AuditCheckpoint, Task<bool>>? extends = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(head);
        var path = PathOf(head.CaseId);
        var gate = Locks.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Folder);

            // Another process (the CLI beside the web app) may write the same case: an exclusive lock file orders them.
            await using var crossProcess = await LockFileAsync(path + ".lock", cancellationToken);
            if (ReadFile(path) is { } current && (current.Sequence >= head.Sequence || (extends is not null && !await extends(current))))
            {
                return;
            }

            var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
            await File.WriteAllBytesAsync(temp, AuditCheckpointJson.Serialize(head), cancellationToken);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The case's signed head, or null when there is no file for it. An unreadable file is an error naming it.</summary>
    public AuditCheckpoint? Read(string caseId) => ReadFile(PathOf(caseId));

    private static AuditCheckpoint? ReadFile(string path) =>
        File.Exists(path) ? AuditCheckpointJson.Load(path, "The signed audit head") : null;

    private static async Task<FileStream> LockFileAsync(string path, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 200)
            {
                await Task.Delay(5, cancellationToken);
            }
        }
    }
}
