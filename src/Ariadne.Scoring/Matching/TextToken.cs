namespace Ariadne.Scoring.Matching;

/// <summary>A normalised word of a document: its UTF-16 span and where its normalised form sits in the buffer.</summary>
internal readonly record struct TextToken(int Start, int End, int BufferStart, int BufferLength);
