namespace Ariadne.Investigation.Exports.Htcds;

/// <summary>
/// The HTCDS v2.0 field names and picklist value names the mapping emits, in one place so a test can check every
/// one against the standard's field list (<c>HTCDS Field Standards 2.0 - Field_Standards.csv</c>).
/// </summary>
public static class HtcdsVocabulary
{
    public const string CaseStatus = "cas_Status";
    public const string CaseOwner = "cas_CaseOwner";
    public const string CaseComment = "cco_CaseComment";
    public const string TraffickingStatus = "vic_TraffickingStatus";
    public const string AgeWhenTrafficked = "vic_AgeWhenTrafficked";
    public const string MethodsOfControl = "vic_MethodsOfControl";
    public const string ExploitationWebsitesAndApps = "vic_ExploitationWebsitesAndApps";
    public const string EventType = "hte_Type";
    public const string EventCountry = "hte_Country";
    public const string EventCity = "hte_City";
    public const string EventDate = "hte_Date";
    public const string EventDescription = "hte_Description";

    /// <summary>Salesforce's separator for multi-select picklists, which the standard builds on.</summary>
    public const string MultiSelectSeparator = ";";

    public const string PossibleVictim = "PossibleVictimOfTrafficking";
    public const string ExploitationEvent = "Exploitation";

    /// <summary>Every field the mapping can emit.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        CaseStatus, CaseOwner, CaseComment, TraffickingStatus, AgeWhenTrafficked, MethodsOfControl, ExploitationWebsitesAndApps,
        EventType, EventCountry, EventCity, EventDate, EventDescription,
    ];

    /// <summary>Ariadne case status → cas_Status value name.</summary>
    public static IReadOnlyDictionary<string, string> CaseStatuses { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["open"] = "Active",
        ["active"] = "Active",
        ["follow-up"] = "FollowUp",
        ["followup"] = "FollowUp",
        ["closed"] = "Closed",
        ["referred"] = "ClosedReferred",
        ["closed-referred"] = "ClosedReferred",
    };

    /// <summary>
    /// Indicator category → vic_MethodsOfControl value name, only where the rule's evidence is about control:
    /// "available 24/7" is the excessive-hours sign; payment only through channels that hide who is paid suggests
    /// someone else takes the earnings; third-party wording is control that fits no narrower value. Youth, ethnicity,
    /// price and the rest describe the ad, not a method of control, and map to nothing.
    /// </summary>
    public static IReadOnlyDictionary<string, string> MethodsOfControlByCategory { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["restricted-freedom"] = "ExcessiveWorkingHours",
        ["payment-control"] = "TakesEarnings",
        ["third-party"] = "Other",
    };

    /// <summary>Handle platform → vic_ExploitationWebsitesAndApps value name; platforms the picklist lacks are Other.</summary>
    public static IReadOnlyDictionary<string, string> Apps { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["facebook"] = "Facebook",
        ["instagram"] = "Instagram",
        ["whatsapp"] = "WhatsApp",
        ["telegram"] = "Telegram",
        ["snapchat"] = "SnapChat",
        ["line"] = "Line",
        ["wechat"] = "WeChat",
        ["tiktok"] = "TikTok",
        ["twitter"] = "Twitter",
    };

    public const string OtherApp = "Other";

    /// <summary>Field → every picklist value name the mapping can put in it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> PicklistValues { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [CaseStatus] = [.. CaseStatuses.Values.Distinct()],
        [TraffickingStatus] = [PossibleVictim],
        [MethodsOfControl] = [.. MethodsOfControlByCategory.Values.Distinct()],
        [ExploitationWebsitesAndApps] = [.. Apps.Values, OtherApp],
        [EventType] = [ExploitationEvent],
    };
}
