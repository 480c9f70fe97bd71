using Ariadne.Synth.Model;
using Ariadne.Synth.Text;

namespace Ariadne.Synth.Field;

/// <summary>
/// Text that unrelated posters share word for word: disclaimers and site boilerplate pasted under ads, and the labels
/// platforms print before their support numbers. A linker that joins ads on shared long text or a shared number
/// must not join on these. No block holds digits, names or places, so the blocks carry no entities.
/// </summary>
internal static class SharedLines
{
    public static readonly string[] Boilerplate =
    [
        "All fees are for time and companionship only. Anything else that may happen is a choice between consenting " +
        "adults of legal age. Nothing in this ad is an offer of anything illegal. By contacting this advertiser you " +
        "confirm that you are not contacting on behalf of any agency.",

        "By using this site you confirm that you are of legal age where you live. Advertisers are independent and are " +
        "not employed by this site. The site does not verify listings and accepts no liability for their content. " +
        "Report any listing that seems wrong to the moderators.",

        "Every person advertised here is an adult who chose to post. Photos are recent and real, and no minors appear in " +
        "any listing. Listings are reviewed for compliance with the posting rules. Misleading listings are removed " +
        "without notice. Repeat offenders are banned.",

        "Please be respectful and punctual. Rates are for time only and are not negotiable. Deposits are not " +
        "refundable for late cancellations. Screening details are kept private and deleted after the date. Thank you " +
        "for understanding.",

        "Privacy notice: messages are not stored and discretion is guaranteed on both sides. Never send personal " +
        "documents by text. Use the site messenger when in doubt. Stay safe out there.",

        "Disclaimer: this listing is an advertisement for companionship and entertainment. The advertiser is of legal " +
        "age and posts of her own free will. Any money exchanged is for time spent together. Contacting the " +
        "advertiser means you accept these terms.",
    ];

    /// <summary>How a platform introduces its support number; one label per support line.</summary>
    public static readonly string[] SupportLabels =
    [
        "Report abuse: ",
        "Site support line ",
        "Trouble with a listing? Call ",
        "Safety help line: ",
        "Billing questions: ",
    ];

    /// <summary>
    /// What any poster's ad may carry, in the field and overlap profiles alike: a platform support number (with its
    /// label, written plainly) and a boilerplate block, each with its own chance.
    /// </summary>
    public static void AppendFooters(TextBuilder builder, IReadOnlyList<PhoneNumber> supportLines, IReadOnlyList<string> boilerplate,
        double supportShare, double boilerplateShare, City city, SynthRandom rng)
    {
        if (supportLines.Count > 0 && rng.Chance(supportShare))
        {
            var k = rng.Next(supportLines.Count);
            var line = supportLines[k];
            builder.Append("\n" + SupportLabels[k]).Entity("phone", line.E164, PhoneWriter.Plain(line, line.IsHome(city.Country), rng));
        }

        if (boilerplate.Count > 0 && rng.Chance(boilerplateShare))
        {
            builder.Append("\n\n" + rng.Pick(boilerplate));
        }
    }
}
