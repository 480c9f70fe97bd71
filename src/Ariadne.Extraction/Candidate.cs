namespace Ariadne.Extraction;

/// <summary>
/// An entity proposed by one scanner. Overlapping proposals are resolved by priority (lower wins), then length:
/// a wallet beats the digits inside it, an email beats the domain inside it, a wa.me link beats its digits.
/// </summary>
internal readonly record struct Candidate(ExtractedEntity Entity, int Priority)
{
    public const int CryptoPriority = 0;
    public const int EmailPriority = 1;
    public const int LinkPriority = 2;
    public const int HandlePriority = 3;
    public const int PhonePriority = 4;
    public const int UrlPriority = 5;
    public const int PricePriority = 6;
    public const int AgePriority = 7;
    public const int NamePriority = 8;
    public const int LocationPriority = 9;
}
