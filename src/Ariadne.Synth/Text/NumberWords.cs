using Ariadne.Synth.Model;

namespace Ariadne.Synth.Text;

/// <summary>Spelled digits and ages 18–29 in the generator's languages.</summary>
internal static class NumberWords
{
    private static readonly string[] DigitsEn = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] DigitsEs = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];
    private static readonly string[] DigitsFr = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
    private static readonly string[] DigitsPt = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"];

    private static readonly string[] AgesEn =
        ["eighteen", "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three", "twenty-four", "twenty-five", "twenty-six", "twenty-seven", "twenty-eight", "twenty-nine"];

    private static readonly string[] AgesEs =
        ["dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"];

    private static readonly string[] AgesFr =
        ["dix-huit", "dix-neuf", "vingt", "vingt et un", "vingt-deux", "vingt-trois", "vingt-quatre", "vingt-cinq", "vingt-six", "vingt-sept", "vingt-huit", "vingt-neuf"];

    private static readonly string[] AgesPt =
        ["dezoito", "dezanove", "vinte", "vinte e um", "vinte e dois", "vinte e três", "vinte e quatro", "vinte e cinco", "vinte e seis", "vinte e sete", "vinte e oito", "vinte e nove"];

    public static string Digit(Lang lang, int d, SynthRandom rng) => lang switch
    {
        Lang.Es => DigitsEs[d],
        Lang.Fr => DigitsFr[d],
        Lang.Pt => DigitsPt[d],
        _ => d == 0 && rng.Chance(0.3) ? "oh" : DigitsEn[d],
    };

    public static string Age(Lang lang, int age) => lang switch
    {
        Lang.Es => AgesEs[age - 18],
        Lang.Fr => AgesFr[age - 18],
        Lang.Pt => AgesPt[age - 18],
        _ => AgesEn[age - 18],
    };
}
