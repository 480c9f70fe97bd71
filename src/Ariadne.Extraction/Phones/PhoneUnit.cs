namespace Ariadne.Extraction.Phones;

/// <summary>One group of digits inside a candidate phone: "713", "seven", "5️⃣5️⃣5️⃣", "Ol42".</summary>
internal struct PhoneUnit
{
    public int Start;
    public int End;
    public int DigitStart;
    public int DigitCount;

    /// <summary>Written other than as plain ASCII digits.</summary>
    public bool Obfuscated;

    /// <summary>The separator before this unit is unusual ("..", "_", " / ", a filler word).</summary>
    public bool OddGapBefore;
}
