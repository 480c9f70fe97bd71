using System.Security.Cryptography;

using Ariadne.Store.Blobs;

namespace Ariadne.Analysis.Tests.Ingest;

public sealed class FileSystemBlobStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Stores_by_content_hash_and_dedupes()
    {
        var store = new FileSystemBlobStore(_folder.File("blobs"));
        var bytes = "not really a jpeg"u8.ToArray();
        var a = _folder.Write("a.jpg", bytes);
        var b = _folder.Write("sub/b.jpg", bytes);

        var shaA = await store.PutFileAsync(a, CancellationToken.None);
        var shaB = await store.PutFileAsync(b, CancellationToken.None);
        var shaStream = await store.PutAsync(new MemoryStream(bytes), CancellationToken.None);

        var expected = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(expected, shaA);
        Assert.Equal(expected, shaB);
        Assert.Equal(expected, shaStream);
        Assert.True(store.Exists(expected));
        Assert.Equal(Path.Combine(_folder.File("blobs"), "sha256", expected[..2], expected[2..4], expected), store.GetPath(expected));
        Assert.Single(Directory.GetFiles(_folder.File("blobs"), "*", SearchOption.AllDirectories));
        await using var read = store.OpenRead(expected.ToUpperInvariant());
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("../0000000000000000000000000000000000000000000000000000000000000")]
    public void Rejects_names_that_are_not_hashes(string name)
    {
        var store = new FileSystemBlobStore(_folder.File("blobs"));

        Assert.Throws<ArgumentException>(() => store.GetPath(name));
        Assert.Throws<ArgumentException>(() => store.Exists(name));
        Assert.Throws<ArgumentException>(() => store.OpenRead(name));
    }

    [Fact]
    public async Task Refuses_files_over_the_limit_and_leaves_nothing_behind()
    {
        var store = new FileSystemBlobStore(_folder.File("blobs"), maxBytes: 1000);
        var big = _folder.Write("big.jpg", new byte[1001]);

        var fromFile = await Assert.ThrowsAsync<BlobTooLargeException>(() => store.PutFileAsync(big, CancellationToken.None));
        Assert.Contains("big.jpg", fromFile.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<BlobTooLargeException>(() => store.PutAsync(new MemoryStream(new byte[1001]), CancellationToken.None));
        Assert.Empty(Directory.Exists(_folder.File("blobs")) ? Directory.GetFiles(_folder.File("blobs"), "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public void Missing_blobs_are_a_clear_error()
    {
        var store = new FileSystemBlobStore(_folder.File("blobs"));
        var ex = Assert.Throws<FileNotFoundException>(() => store.OpenRead(new string('a', 64)));
        Assert.Contains(new string('a', 64), ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
