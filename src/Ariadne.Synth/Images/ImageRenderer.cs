using Ariadne.Synth.Model;
using SkiaSharp;

namespace Ariadne.Synth.Images;

/// <summary>
/// Renders benign pictures (landscape-like scenes, abstract shapes, patterns; never people) from a seeded
/// stream per photo, plus edited variants, and writes them as JPEG. Each photo depends only on the seed
/// and its index, so photos can render in parallel and still come out byte-identical.
/// </summary>
internal static class ImageRenderer
{
    public const int Quality = 85;
    public const int LowQuality = 30;

    private static readonly (int W, int H)[] Sizes = [(320, 240), (400, 300), (480, 360)];

    public static int Render(Photo photo, long seed, string outputDirectory)
    {
        var rng = SynthRandom.For(seed, "photo", photo.Index);
        var (w, h) = rng.Pick(Sizes);
        using var original = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(original))
        {
            switch (rng.Next(3))
            {
                case 0:
                    Landscape(canvas, w, h, rng);
                    break;
                case 1:
                    Abstract(canvas, w, h, rng);
                    break;
                default:
                    Pattern(canvas, w, h, rng);
                    break;
            }

            Clutter(canvas, w, h, rng);
        }

        var originalBytes = Encode(original, Quality);
        var written = 0;
        foreach (var variant in photo.Variants)
        {
            var bytes = variant switch
            {
                "original" => originalBytes,
                "crop" => Crop(original, rng),
                "resize" => Resize(original, rng),
                "recompress" => Recompress(originalBytes),
                "overlay" => Overlay(original, photo.Caption, rng),
                "mirror" => Mirror(original),
                _ => throw new InvalidOperationException("Unknown variant " + variant),
            };
            File.WriteAllBytes(Path.Combine(outputDirectory, photo.PathOf(variant)), bytes);
            written++;
        }

        return written;
    }

    private static SKColor RandomColor(SynthRandom rng, int min = 0, int max = 255) =>
        new((byte)rng.Between(min, max), (byte)rng.Between(min, max), (byte)rng.Between(min, max));

    private static void Landscape(SKCanvas canvas, int w, int h, SynthRandom rng)
    {
        using var sky = new SKPaint { IsAntialias = true };
        sky.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, h), [RandomColor(rng, 60, 255), RandomColor(rng, 120, 255)], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, w, h, sky);
        using var sun = new SKPaint { IsAntialias = true, Color = new SKColor(255, (byte)rng.Between(180, 240), (byte)rng.Between(60, 160), 220) };
        canvas.DrawCircle(rng.Between(w / 8, w * 7 / 8), rng.Between(h / 8, h / 2), rng.Between(h / 14, h / 6), sun);
        var layers = rng.Between(2, 4);
        for (var layer = 0; layer < layers; layer++)
        {
            using var path = new SKPath();
            var baseY = (h * (0.45f + (0.15f * layer))) + rng.Between(-10, 10);
            path.MoveTo(0, h);
            path.LineTo(0, baseY);
            var steps = rng.Between(4, 9);
            for (var s = 1; s <= steps; s++)
            {
                path.LineTo(w * s / (float)steps, baseY - rng.Between(0, h / 4));
            }

            path.LineTo(w, h);
            path.Close();
            var shade = (byte)(40 + (layer * 35));
            using var ground = new SKPaint { IsAntialias = true, Color = new SKColor((byte)(shade / 2), shade, (byte)(shade / 2 + rng.Between(0, 60))) };
            canvas.DrawPath(path, ground);
        }
    }

    /// <summary>
    /// Large translucent blobs over the whole frame. Without them two skies over two ridges (or two stripe patterns)
    /// share their coarse layout, and PDQ, which hashes exactly that layout, put different photos within its match
    /// radius: re-use ground truth needs different photos to be different to a perceptual hash too, as real
    /// photographs of different people are.
    /// </summary>
    private static void Clutter(SKCanvas canvas, int w, int h, SynthRandom rng)
    {
        using var paint = new SKPaint { IsAntialias = true };
        var blobs = rng.Between(5, 9);
        for (var i = 0; i < blobs; i++)
        {
            paint.Color = RandomColor(rng).WithAlpha((byte)rng.Between(110, 200));
            var rx = rng.Between(w / 10, w / 3);
            var ry = rng.Between(h / 10, h / 3);
            canvas.DrawOval(rng.Next(w), rng.Next(h), rx, ry, paint);
        }
    }

    private static void Abstract(SKCanvas canvas, int w, int h, SynthRandom rng)
    {
        using var background = new SKPaint { IsAntialias = true };
        background.Shader = SKShader.CreateRadialGradient(new SKPoint(w / 2f, h / 2f), Math.Max(w, h) * 0.7f, [RandomColor(rng), RandomColor(rng)], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, w, h, background);
        var shapes = rng.Between(6, 18);
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < shapes; i++)
        {
            paint.Color = RandomColor(rng).WithAlpha((byte)rng.Between(80, 200));
            if (rng.Chance(0.5))
            {
                canvas.DrawCircle(rng.Next(w), rng.Next(h), rng.Between(8, h / 3), paint);
            }
            else
            {
                canvas.DrawRect(rng.Next(w), rng.Next(h), rng.Between(10, w / 3), rng.Between(10, h / 3), paint);
            }
        }
    }

    private static void Pattern(SKCanvas canvas, int w, int h, SynthRandom rng)
    {
        canvas.Clear(RandomColor(rng, 100, 255));
        using var paint = new SKPaint { IsAntialias = true, Color = RandomColor(rng, 0, 160) };
        var step = rng.Between(12, 40);
        var diagonal = rng.Chance(0.5);
        for (var x = -h; x < w + h; x += step)
        {
            using var path = new SKPath();
            path.MoveTo(x, 0);
            path.LineTo(x + (step / 2f), 0);
            path.LineTo(x + (step / 2f) + (diagonal ? h : 0), h);
            path.LineTo(x + (diagonal ? h : 0), h);
            path.Close();
            canvas.DrawPath(path, paint);
        }
    }

    private static byte[] Encode(SKBitmap bitmap, int quality)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    private static byte[] Crop(SKBitmap source, SynthRandom rng)
    {
        var fraction = rng.Between(70, 90) / 100f;
        var cw = (int)(source.Width * fraction);
        var ch = (int)(source.Height * fraction);
        var x = rng.Next(source.Width - cw + 1);
        var y = rng.Next(source.Height - ch + 1);
        using var cropped = new SKBitmap(new SKImageInfo(cw, ch, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(cropped))
        {
            canvas.DrawBitmap(source, new SKRect(x, y, x + cw, y + ch), new SKRect(0, 0, cw, ch));
        }

        return Encode(cropped, Quality);
    }

    private static byte[] Resize(SKBitmap source, SynthRandom rng)
    {
        var fraction = rng.Between(55, 75) / 100f;
        var info = new SKImageInfo((int)(source.Width * fraction), (int)(source.Height * fraction), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var resized = source.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        return Encode(resized, Quality);
    }

    private static byte[] Recompress(byte[] jpeg)
    {
        using var decoded = SKBitmap.Decode(jpeg);
        return Encode(decoded, LowQuality);
    }

    private static byte[] Overlay(SKBitmap source, string caption, SynthRandom rng)
    {
        using var copy = source.Copy();
        using (var canvas = new SKCanvas(copy))
        {
            var bandHeight = copy.Height / 6f;
            var top = rng.Chance(0.5) ? 0 : copy.Height - bandHeight;
            using var band = new SKPaint { Color = new SKColor(0, 0, 0, 150) };
            canvas.DrawRect(0, top, copy.Width, bandHeight, band);
            using var ink = new SKPaint { IsAntialias = true, Color = SKColors.White };
            using var font = new SKFont(SKTypeface.Default, bandHeight * 0.6f);
            canvas.DrawText(caption, copy.Width / 2f, top + (bandHeight * 0.72f), SKTextAlign.Center, font, ink);
            // A row of bright dots as a watermark: visible even where no font is installed.
            for (var x = 8f; x < copy.Width; x += 16f)
            {
                canvas.DrawCircle(x, top + bandHeight - 4, 2, ink);
            }
        }

        return Encode(copy, Quality);
    }

    private static byte[] Mirror(SKBitmap source)
    {
        using var mirrored = new SKBitmap(source.Info);
        using (var canvas = new SKCanvas(mirrored))
        {
            canvas.Scale(-1, 1, source.Width / 2f, 0);
            canvas.DrawBitmap(source, 0, 0);
        }

        return Encode(mirrored, Quality);
    }
}
