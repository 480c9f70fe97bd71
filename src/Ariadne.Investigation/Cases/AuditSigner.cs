using System.Security.Cryptography;
using Ariadne.Core.Cases;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// Signs and checks audit checkpoints with an ECDSA P-256 key kept in a PEM file outside the database (by default
/// <c>keys/audit-signing-key.pem</c> beside the blob folder; <c>ARIADNE_AUDIT_KEY</c> names another path, which
/// is what a team should do: a key on the same disk as the database only proves the log was not edited by someone
/// who could not also read that file).
/// </summary>
public sealed class AuditSigner : IDisposable
{
    public const string EnvironmentVariable = "ARIADNE_AUDIT_KEY";

    private readonly ECDsa _key;

    private AuditSigner(ECDsa key, string path)
    {
        _key = key;
        KeyPath = path;
        KeyId = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
    }

    public string KeyPath { get; }

    /// <summary>First 16 hex digits of the SHA-256 of the public key, stored with each checkpoint.</summary>
    public string KeyId { get; }

    /// <summary>Where the key is for a store whose image blobs live in <paramref name="blobRoot"/>.</summary>
    public static string DefaultPath(string blobRoot)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(blobRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        return Path.Combine(parent, "keys", "audit-signing-key.pem");
    }

    /// <summary>Loads the key, creating it (readable by the owner only) when the file does not exist yet.</summary>
    public static AuditSigner OpenOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (File.Exists(path))
        {
            return Open(path);
        }

        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(temp, key.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created the key first: use theirs, so all checkpoints share one key.
            File.Delete(temp);
            key.Dispose();
            return Open(path);
        }

        return new AuditSigner(key, path);
    }

    /// <summary>Loads an existing key; a missing or unreadable file is an error naming the path.</summary>
    public static AuditSigner Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The audit signing key '{path}' does not exist (set {EnvironmentVariable} to its path).", path);
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidDataException($"The audit signing key '{path}' is not a PEM ECDSA private key: {ex.Message}", ex);
        }

        return new AuditSigner(key, path);
    }

    /// <summary>A signed checkpoint for the chain head <paramref name="head"/>.</summary>
    public AuditCheckpoint Sign(AuditRecord head, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(head);
        var at = AuditChain.Normalise(now);
        var signature = _key.SignData(AuditChain.CheckpointPayload(head.CaseId, head.Sequence, head.Hash, at), HashAlgorithmName.SHA256);
        return new AuditCheckpoint
        {
            CaseId = head.CaseId,
            Sequence = head.Sequence,
            Hash = head.Hash,
            AtUtc = at,
            KeyId = KeyId,
            Signature = Convert.ToBase64String(signature),
        };
    }

    /// <summary>Whether the checkpoint was signed by this key over exactly its stored fields.</summary>
    public bool Verify(AuditCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!string.Equals(checkpoint.KeyId, KeyId, StringComparison.Ordinal))
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(checkpoint.Signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return _key.VerifyData(AuditChain.CheckpointPayload(checkpoint.CaseId, checkpoint.Sequence, checkpoint.Hash, checkpoint.AtUtc), signature, HashAlgorithmName.SHA256);
    }

    public void Dispose() => _key.Dispose();
}
