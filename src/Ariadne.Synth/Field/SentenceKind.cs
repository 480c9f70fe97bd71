namespace Ariadne.Synth.Field;

/// <summary>What a template sentence does in an ad; also the order sentences take before per-ad noise moves them.</summary>
internal enum SentenceKind
{
    Opener,
    NewInTown,
    Intro,
    Second,
    Location,
    Youth,
    Description,
    ThirdParty,
    Rates,
    Availability,
    Contact,
    Payment,
    Rules,
    Closer,
}
