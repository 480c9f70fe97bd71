namespace Ariadne.Synth.Model;

/// <summary>An advertised (fictional) adult: a first name and the age the ads state.</summary>
internal sealed record Person(string Name, int Age);
