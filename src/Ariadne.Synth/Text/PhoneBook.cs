using Ariadne.Synth.Model;

namespace Ariadne.Synth.Text;

/// <summary>
/// Hands out unique numbers from fiction ranges only: NANP NPA-555-0100..0199 and Australia's 0491 570 xxx.
/// UK's Ofcom drama block (07700 900xxx) is deliberately unused: libphonenumber reports it as invalid, so an
/// extractor validating with it could never match the ground truth; GB ads use +1 or +61 numbers instead.
/// </summary>
internal sealed class PhoneBook
{
    // Real, long-established geographic NPAs (US and Canada). 555-01XX is fictional in every one of them.
    private static readonly int[] SpareAreaCodes =
    [
        201, 202, 203, 205, 206, 207, 208, 210, 212, 213, 215, 216, 217, 218, 219, 224, 225, 228, 229, 231, 234, 239,
        240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 301, 302, 303, 304, 307, 308, 309, 310, 312,
        313, 314, 315, 316, 317, 318, 319, 320, 321, 323, 330, 334, 336, 337, 339, 347, 351, 352, 360, 361, 385, 386,
        401, 402, 405, 406, 407, 408, 409, 410, 412, 413, 414, 415, 417, 419, 423, 424, 425, 432, 434, 435, 440, 443,
        475, 478, 479, 480, 484, 501, 502, 503, 504, 505, 507, 508, 509, 510, 512, 513, 515, 516, 517, 518, 520, 530,
        540, 541, 551, 559, 561, 562, 563, 570, 571, 573, 574, 575, 580, 585, 586, 601, 602, 603, 605, 606, 607, 608,
        609, 610, 612, 614, 615, 616, 617, 618, 619, 620, 623, 626, 630, 631, 636, 641, 646, 650, 651, 657, 660, 661,
        662, 682, 701, 703, 704, 706, 707, 708, 712, 714, 715, 716, 717, 718, 719, 720, 724, 727, 731, 732, 734, 737,
        740, 754, 757, 760, 763, 765, 772, 773, 774, 775, 781, 785, 801, 802, 803, 804, 805, 806, 808, 810, 812, 813,
        814, 815, 816, 817, 818, 828, 830, 831, 843, 845, 847, 848, 850, 856, 857, 858, 859, 860, 862, 863, 864, 865,
        870, 901, 903, 904, 906, 907, 908, 909, 910, 912, 913, 914, 915, 916, 917, 918, 919, 920, 925, 928, 931, 936,
        937, 940, 941, 949, 951, 952, 954, 956, 970, 971, 973, 978, 979, 985, 989,
    ];

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly SynthRandom _rng;
    private int _auFree = 1000;
    private bool _nanpExhausted;

    public PhoneBook(SynthRandom rng) => _rng = rng;

    /// <summary>A fresh number suited to <paramref name="city"/>, or null when the fiction ranges are used up.</summary>
    public PhoneNumber? Take(City city)
    {
        if (city.Country == "AU" || (city.Country == "GB" && _rng.Chance(0.3)))
        {
            return TakeAustralian() ?? TakeNanp(city);
        }

        return TakeNanp(city) ?? TakeAustralian();
    }

    private PhoneNumber? TakeNanp(City city)
    {
        if (_nanpExhausted)
        {
            return null;
        }

        // Prefer the city's own area codes; fall back to any NPA (people keep numbers when they move).
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var npa = city.AreaCodes.Length > 0 && attempt < 20 ? _rng.Pick(city.AreaCodes) : _rng.Pick(SpareAreaCodes);
            var line = 100 + _rng.Next(100);
            var national = FormattableString.Invariant($"{npa}555{line:0000}");
            if (_used.Add("1" + national))
            {
                return new PhoneNumber("1", national);
            }
        }

        foreach (var npa in SpareAreaCodes)
        {
            for (var line = 100; line < 200; line++)
            {
                var national = FormattableString.Invariant($"{npa}555{line:0000}");
                if (_used.Add("1" + national))
                {
                    return new PhoneNumber("1", national);
                }
            }
        }

        _nanpExhausted = true;
        return null;
    }

    private PhoneNumber? TakeAustralian()
    {
        if (_auFree == 0)
        {
            return null;
        }

        while (true)
        {
            var national = FormattableString.Invariant($"491570{_rng.Next(1000):000}");
            if (_used.Add("61" + national))
            {
                _auFree--;
                return new PhoneNumber("61", national);
            }
        }
    }
}
