namespace Ariadne.Synth.Model;

internal readonly record struct TruthImage(string Path, string Photo, string Variant);
