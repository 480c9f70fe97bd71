using System.Runtime.CompilerServices;

// Tests check span bookkeeping and the fiction phone book directly, not only through generated files.
[assembly: InternalsVisibleTo("Ariadne.Synth.Tests")]
