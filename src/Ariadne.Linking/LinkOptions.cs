using Ariadne.Linking.Graph;
using Ariadne.Linking.Text;

namespace Ariadne.Linking;

/// <summary>Linking thresholds. The defaults are the ones measured in docs/benchmarks.md ("Linking").</summary>
public sealed record LinkOptions
{
    public static readonly IReadOnlySet<LinkKind> AllKinds = new HashSet<LinkKind>(Enum.GetValues<LinkKind>());

    /// <summary>Edge kinds in use (the benchmark switches them to measure what each adds).</summary>
    public IReadOnlySet<LinkKind> Kinds { get; init; } = AllKinds;

    /// <summary>Estimated Jaccard similarity of word-3-gram sets at or above which two texts are near-duplicates.</summary>
    public double TextSimilarity { get; init; } = 0.7;

    /// <summary>Texts with fewer shingles than this carry too little to call a copy (and empty texts would all agree).</summary>
    public int MinShingles { get; init; } = 8;

    /// <summary>An identifier or text family shared by at least this many documents is checked by the hub guard.</summary>
    public int HubCheckDocuments { get; init; } = 3;

    /// <summary>
    /// The hub guard's limit: evidence that would join this many or more groups of documents that are already
    /// separate identities (each with identifiers of their own) is a hub — a platform's support number, agency
    /// boilerplate, a stock photo — and is recorded instead of merging them. A controller advertising a handful of
    /// people under one phone stays well below it.
    /// </summary>
    public int HubGroups { get; init; } = 8;

    /// <summary>
    /// The hub guard's limit for text families, lower than for identifiers: a template copied across several
    /// identities is what agencies and spam posters share, while one controller's template rarely spans more than
    /// a couple of the identities the identifiers already separated (for example two phones of one network).
    /// </summary>
    public int TextHubGroups { get; init; } = 3;

    /// <summary>
    /// Text joins two identities that the identifiers kept apart only on long texts (both with at least this many
    /// shingles: a one-line come-on plus a shared footer is not a template) and with at least
    /// <see cref="BridgeSupport"/> distinct near-duplicate pairs between them, so one chance resemblance of two
    /// independent workers' ads does not merge them.
    /// </summary>
    public int BridgeMinShingles { get; init; } = 40;

    public int BridgeSupport { get; init; } = 2;

    /// <summary>Words per phrase in template linking (<see cref="PhraseSampler"/>).</summary>
    public int TemplatePhraseWidth { get; init; } = PhraseSampler.DefaultWidth;

    /// <summary>Template linking keeps one phrase in this many (by hash), trading resolution for memory.</summary>
    public int TemplateKeepOneIn { get; init; } = PhraseSampler.DefaultKeepOneIn;

    /// <summary>
    /// A phrase used by more than this many identities (identifier groups) is stock text, boilerplate or everyday
    /// wording and is no evidence of a shared template; a network's phone eras stay well under it.
    /// </summary>
    public int TemplateRareGroups { get; init; } = 6;

    /// <summary>Two identities (or a document without identifiers and its partner) join on at least this many shared rare kept phrases.</summary>
    public int TemplateMinShared { get; init; } = 10;

    /// <summary>
    /// Two identities join on a template only if the rare phrases they share are at least this share of the rare
    /// phrases of the smaller one: eras of one network share most of its template, two networks that happen to use a
    /// sentence or two alike share a small part of either.
    /// </summary>
    public double TemplateMinCoverage { get; init; } = 0.25;

    /// <summary>
    /// A document without identifiers joins on a template only if at least this share of the phrases it shares with
    /// its partner is rare: a network's template is mostly its own wording, a stock text mostly everyone's.
    /// </summary>
    public double TemplateLooseDistinctive { get; init; } = 0.4;

    /// <summary>Template joins never make a component of more identities than this (a network runs one to four phones, plus slack).</summary>
    public int TemplateMaxGroups { get; init; } = 6;

    /// <summary>
    /// Two identities that both name personas join on a shared template only if at least this share of the smaller
    /// set of names recurs in the other: a network's phones advertise the same people, two posters who copy one
    /// text share a popular name at most.
    /// </summary>
    public double TemplateMinNameOverlap { get; init; } = 0.5;

    /// <summary>
    /// Two identities sharing a template where one names nobody join only if they share a city and their active
    /// periods overlap by at most this share of the shorter one: a network's phones follow one another (hand-overs
    /// overlap a little), copies of a text by unrelated posters run side by side.
    /// </summary>
    public double TemplateMaxOverlap { get; init; } = 0.5;

    /// <summary>Documents without identifiers counted per phrase (beyond it a phrase still links identities, not more loose documents).</summary>
    public int TemplateLooseCap { get; init; } = 16;

    /// <summary>Keep every pair template linking weighed (<see cref="LinkResult.TemplateCandidates"/>): for the benchmark's diagnosis, not for production runs.</summary>
    public bool CollectTemplateCandidates { get; init; }

    public int ShingleWidth { get; init; } = Shingler.DefaultWidth;

    public int SignatureSize { get; init; } = MinHasher.DefaultSize;

    public LshOptions Lsh { get; init; } = new();

    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
