namespace Ariadne.Synth.Field;

/// <summary>How a pick's first letter is written: as in the list, capitalised (sentence start) or lowered (after a lead-in).</summary>
internal enum LetterCase
{
    AsWritten,
    Upper,
    Lower,
}
