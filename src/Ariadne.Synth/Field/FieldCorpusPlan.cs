using Ariadne.Synth.Model;

namespace Ariadne.Synth.Field;

/// <summary>The field population and what its posters share: platform support numbers and boilerplate blocks.</summary>
internal sealed record FieldCorpusPlan(List<Owner> Owners, IReadOnlyList<PhoneNumber> SupportLines, IReadOnlyList<string> Boilerplate, int StockTexts);
