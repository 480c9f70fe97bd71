namespace Ariadne.Synth.Model;

internal enum Lang
{
    En,
    Es,
    Fr,
    Pt,
}
