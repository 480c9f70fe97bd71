using System.Globalization;

namespace Ariadne.Synth.Text;

/// <summary>
/// Hands out handles and e-mail addresses (and owner ids) for one population. Usernames never repeat across owners:
/// a shared identifier would be a false link in the truth. Both population planners draw from it so the classic and
/// field corpora make contacts the same way.
/// </summary>
internal sealed class ContactBook(SynthRandom rng)
{
    private static readonly string[] Platforms = ["instagram", "snapchat", "kik", "telegram", "onlyfans", "tiktok", "twitter"];
    private static readonly string[] EmailDomains = ["example.com", "example.org", "example.net"];
    private static readonly string[] Separators = ["_", ".", string.Empty];

    private readonly HashSet<string> _usernames = new(StringComparer.Ordinal);

    public static string Id(string prefix, int index, int digits) =>
        prefix + "-" + index.ToString(new string('0', digits), CultureInfo.InvariantCulture);

    /// <summary>A network's own contacts besides its phones: a handle half the time, an e-mail (always when there is no
    /// handle), a wallet in two of five.</summary>
    public void AddNetworkContacts(Model.Owner owner, string name)
    {
        if (rng.Chance(0.5))
        {
            owner.Handles.Add(NewHandle(name));
        }

        if (rng.Chance(0.35) || owner.Handles.Count == 0)
        {
            owner.Emails.Add(NewEmail(name));
        }

        if (rng.Chance(0.4))
        {
            owner.Wallets.Add(WalletFactory.Create(rng));
        }
    }

    public (string Platform, string User) NewHandle(string name)
    {
        var platform = rng.Pick(Platforms);
        var separator = platform == "kik" ? string.Empty : rng.Pick(Separators);
        return (platform, UniqueUser(Ascii(name) + separator + rng.Pick(Phrasebook.UserSuffixes), separator));
    }

    public string NewEmail(string name) =>
        UniqueUser(Ascii(name) + "." + rng.Pick(Phrasebook.UserSuffixes), string.Empty) + "@" + rng.Pick(EmailDomains);

    /// <summary>An agency's address: its name without spaces or "&amp;", lower case.</summary>
    public string AgencyEmail(string name) =>
        UniqueUser(name.Replace(" & ", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant(), ".") + "@" + rng.Pick(EmailDomains);

    private string UniqueUser(string stem, string separator)
    {
        var user = stem;
        while (!_usernames.Add(user))
        {
            user = stem + separator + rng.Between(1, 9999).ToString(CultureInfo.InvariantCulture);
        }

        return user;
    }

    private static string Ascii(string name) =>
        name.ToLowerInvariant().Replace('é', 'e').Replace('ê', 'e').Replace('í', 'i').Replace('ú', 'u').Replace('á', 'a');
}
