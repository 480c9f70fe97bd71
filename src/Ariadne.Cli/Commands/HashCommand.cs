using System.CommandLine;
using System.Globalization;
using Ariadne.Analysis.Csv;
using Ariadne.Cli.Infrastructure;
using Ariadne.Imaging;
using Ariadne.Imaging.Pdq;

namespace Ariadne.Cli.Commands;

/// <summary>
/// <c>ariadne hash FILE...</c>: PDQ hash of each image as <c>HASH_HEX,QUALITY,PATH</c> (the reference tool's CSV form;
/// a path with a comma or quote is quoted, one starting like a formula guarded, as in every CSV Ariadne writes).
/// Unreadable images get one error line on stderr; the others are still hashed and the exit code is 3 (partial).
/// </summary>
public static class HashCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Image files (JPEG, PNG, GIF, WebP, BMP).", Arity = ArgumentArity.OneOrMore };
        var dihedral = new Option<bool>("--dihedral") { Description = "Print the 8 dihedral hashes per file, one line each, in the reference order: original, rotate90, rotate180, rotate270, flipx (top-bottom), flipy (left-right), flip+1 (transpose), flip-1 (anti-transpose)." };
        var dihedralMethod = new Option<DihedralMethod>("--dihedral-method") { Description = "dct: from one DCT as the C++/Java reference (default); image: transform the image and hash each, as python-threatexchange.", DefaultValueFactory = _ => DihedralMethod.Dct };
        var referenceResize = new Option<bool>("--reference-resize") { Description = "Squash images over 512 px to 512×512 nearest-neighbour first, as Meta's C++ pdq-photo-hasher does (to reproduce its hashes)." };
        var exif = new Option<bool>("--exif-orientation") { Description = "Turn images upright by their EXIF orientation before hashing (the references ignore EXIF, so off by default)." };

        var command = new Command("hash", "PDQ perceptual hash of images: HASH_HEX,QUALITY,PATH per line. Quality ≤ 49 means the hash is unreliable for matching.")
        {
            files, dihedral, dihedralMethod, referenceResize, exif,
        };
        command.SetAction((parseResult, ct) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var options = new PdqOptions
            {
                ReferenceResize = parseResult.GetValue(referenceResize),
                ApplyExifOrientation = parseResult.GetValue(exif),
                DihedralMethod = parseResult.GetValue(dihedralMethod),
            };
            var withDihedral = parseResult.GetValue(dihedral);
            var csv = new CsvTableWriter(stdout, stdout.NewLine);
            var failures = 0;
            var paths = parseResult.GetRequiredValue(files);
            foreach (var path in paths)
            {
                ct.ThrowIfCancellationRequested();
                var result = ImageHasher.HashFile(path, options, withDihedral);
                if (!result.Succeeded)
                {
                    failures++;
                    stderr.WriteLine($"ariadne: error: {path}: {result.Error}");
                    continue;
                }
                if (withDihedral)
                {
                    foreach (var hash in result.Dihedral!)
                    {
                        csv.WriteRecord(hash.ToString(), result.Result.Quality.ToString(CultureInfo.InvariantCulture), path);
                    }
                }
                else
                {
                    csv.WriteRecord(result.Result.Hash.ToString(), result.Result.Quality.ToString(CultureInfo.InvariantCulture), path);
                }
            }
            return Task.FromResult(failures == 0 ? ExitCodes.Success : failures == paths.Length ? ExitCodes.Failed : ExitCodes.Partial);
        });
        return command;
    }
}
