namespace Ariadne.Synth.Model;

/// <summary>One inserted entity: contract type and value, UTF-16 span of its surface form in the ad text.</summary>
internal readonly record struct TruthEntity(string Type, string Value, int Start, int End, bool Obfuscated);
