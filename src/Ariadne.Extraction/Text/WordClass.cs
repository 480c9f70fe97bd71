namespace Ariadne.Extraction.Text;

/// <summary>
/// What a word is to the word-level scanners, looked up once per word by <see cref="Lexicon"/> while tokenizing,
/// so each scanner tests a bit instead of comparing every token with its keyword lists.
/// </summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,

    /// <summary>First word of a spelled number 10..99 ("nineteen", "vingt", "veinte").</summary>
    NumberStart = 1 << 0,

    /// <summary>"age", "aged", "edad", "idade", "âge".</summary>
    AgePrefix = 1 << 1,

    /// <summary>"tengo", "j'ai", "tenho", "cumplo", "just" (before "turned").</summary>
    AgeSaying = 1 << 2,

    /// <summary>"yo", "yrs", "años", "ans"…: a stated age ends with one.</summary>
    AgeSuffix = 1 << 3,

    /// <summary>"years", "year", "yrs", "yr": may be followed by "old".</summary>
    AgeYears = 1 << 4,

    /// <summary>First word of a name introduction ("ask", "me", "je", "pergunte"…).</summary>
    NameTrigger = 1 << 5,

    /// <summary>A capitalised word that is not a first name ("New", "Available").</summary>
    NotName = 1 << 6,

    /// <summary>A platform word before a handle ("IG", "snap", "kik").</summary>
    Platform = 1 << 7,

    /// <summary>A currency word after an amount ("roses", "USD", "euros").</summary>
    Currency = 1 << 8,

    /// <summary>A word before a place ("in", "en", "à", "visiting").</summary>
    Preposition = 1 << 9,

    /// <summary>A small word inside a place name ("de", "la", "upon").</summary>
    Connector = 1 << 10,

    /// <summary>A town name that is first an ordinary word or a first name ("Nice", "Victoria").</summary>
    CommonWord = 1 << 11,

    /// <summary>"here" and "is" ("Jade here", "Jade is here").</summary>
    Here = 1 << 12,

    /// <summary>A spelled digit ("five", "cinco", "oh", "zéro").</summary>
    DigitWord = 1 << 13,

    /// <summary>A word allowed between digit groups of a phone ("and", "y", "dash").</summary>
    PhoneFiller = 1 << 14,

    /// <summary>A word after which digits are an identifier, not a phone ("id", "ref", "order", "zip").</summary>
    IdWord = 1 << 15,

    /// <summary>"double", "triple", "doble", "duplo": the next digit said two or three times.</summary>
    GroupWord = 1 << 16,

    /// <summary>A word naming a price before ':' or '-' ("roses", "donation", "donativo", "cadeau").</summary>
    PriceLabel = 1 << 17,
}
