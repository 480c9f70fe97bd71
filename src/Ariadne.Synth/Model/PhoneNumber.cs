namespace Ariadne.Synth.Model;

/// <summary>A fiction-range number: country calling code ("1" or "61") and national significant number.</summary>
internal sealed record PhoneNumber(string CallingCode, string National)
{
    public string E164 => "+" + CallingCode + National;

    /// <summary>Whether a document in <paramref name="country"/> may write this number without its country code.</summary>
    public bool IsHome(string country) => CallingCode == "1" ? country is "US" or "CA" : country == "AU";
}
