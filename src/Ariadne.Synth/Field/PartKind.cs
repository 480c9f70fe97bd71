namespace Ariadne.Synth.Field;

internal enum PartKind
{
    Literal,
    Pick,
    Slot,
}
