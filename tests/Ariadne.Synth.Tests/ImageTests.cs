using SkiaSharp;

namespace Ariadne.Synth.Tests;

public sealed class ImageTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Every_referenced_image_exists_decodes_and_matches_the_truth()
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < corpus.Ads.Count; i++)
        {
            var paths = corpus.Ads[i].GetProperty("images").EnumerateArray().Select(p => p.GetString()!).ToList();
            var truth = corpus.Documents[i].GetProperty("images").EnumerateArray().Select(p => p.GetProperty("path").GetString()!).ToList();
            Assert.Equal(truth, paths);
            referenced.UnionWith(paths);
        }

        var files = Directory.GetFiles(Path.Combine(corpus.Directory, "images"), "*.jpg");
        Assert.Equal(corpus.Result.Images, files.Length);
        Assert.True(files.Length <= Images.PhotoAllocator.Budget(CorpusFixture.AdCount));
        foreach (var path in referenced)
        {
            using var bitmap = SKBitmap.Decode(Path.Combine(corpus.Directory, path));
            Assert.NotNull(bitmap);
            Assert.InRange(bitmap.Width, 150, 480);
            Assert.InRange(bitmap.Height, 100, 360);
        }
    }

    [Fact]
    public void Photos_are_reused_across_ads_with_every_kind_of_edited_variant()
    {
        var images = corpus.Documents.SelectMany(d => d.GetProperty("images").EnumerateArray()
            .Select(i => (Doc: d.GetProperty("id").GetString()!, Photo: i.GetProperty("photo").GetString()!, Variant: i.GetProperty("variant").GetString()!, Path: i.GetProperty("path").GetString()!))).ToList();
        var variants = images.Select(i => i.Variant).ToHashSet();
        Assert.Equal(new HashSet<string> { "original", "crop", "resize", "recompress", "overlay", "mirror" }, variants);
        Assert.Contains(images.GroupBy(i => i.Photo), g => g.Select(i => i.Doc).Distinct().Count() >= 5);

        // A resized variant is smaller than its original; a mirror has the same size.
        var dir = corpus.Directory;
        var resized = images.First(i => i.Variant == "resize");
        using var small = SKBitmap.Decode(Path.Combine(dir, resized.Path));
        using var original = SKBitmap.Decode(Path.Combine(dir, "images", resized.Photo + "-original.jpg"));
        Assert.True(small.Width < original.Width && small.Height < original.Height);
    }
}
