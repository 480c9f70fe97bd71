using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ariadne.Scoring.Model;

/// <summary>
/// DIR/evidence.json: an evidence model's calibration fitted on someone's own labelled ads (<c>ariadne model
/// calibrate</c>), so its probabilities match their site's base rate. Format in docs/data-formats.md, "Risk model".
/// </summary>
public static class EvidenceCalibrationFile
{
    public const string FileName = "evidence.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string path, EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        File.WriteAllText(path, JsonSerializer.Serialize(options, Json) + "\n");
    }

    /// <summary>Reads a calibration; throws <see cref="InvalidDataException"/> naming the file when it is unusable.</summary>
    public static EvidenceOptions Read(string path)
    {
        EvidenceOptions? options;
        try
        {
            options = JsonSerializer.Deserialize<EvidenceOptions>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not an evidence calibration ({ex.Message})", ex);
        }

        if (options is null || !double.IsFinite(options.Scale) || options.Scale <= 0 || !double.IsFinite(options.Intercept)
            || options.HabitShare is <= 0 or > 1)
        {
            throw new InvalidDataException($"{path}: scale must be a positive number, intercept a number and habit_share in (0, 1]");
        }

        return options;
    }
}
