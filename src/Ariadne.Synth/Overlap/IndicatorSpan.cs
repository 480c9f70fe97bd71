namespace Ariadne.Synth.Overlap;

/// <summary>Where one indicator phrase was written: its id, "title" or "text", and UTF-16 offsets into that field.</summary>
internal readonly record struct IndicatorSpan(string Id, string Field, int Start, int End);
