namespace Ariadne.Synth.Tests;

/// <summary>One truth entity of a field corpus document (an age's value as its digits).</summary>
public sealed record FieldEntity(string Type, string Value, int Start, int End, bool Obfuscated);
