using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ariadne.Synth.Output;

internal static class JsonOptions
{
    // Relaxed escaping keeps accents and emoji readable in the files; they are data files, never HTML.
    public static readonly JsonWriterOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };
}
