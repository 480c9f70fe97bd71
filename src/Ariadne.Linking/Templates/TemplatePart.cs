namespace Ariadne.Linking.Templates;

/// <summary>A run of template words, or a slot (<see cref="IsSlot"/>) where the copies differ; a slot's text is one example filler.</summary>
public readonly record struct TemplatePart(string Text, bool IsSlot);
