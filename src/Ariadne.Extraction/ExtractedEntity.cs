using Ariadne.Core.Entities;

namespace Ariadne.Extraction;

/// <summary>One entity found in a text: normalised value and UTF-16 span [Start, End) of the mention.</summary>
public readonly record struct ExtractedEntity(EntityType Type, string Value, int Start, int End, bool Obfuscated = false);
