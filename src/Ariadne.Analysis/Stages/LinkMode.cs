namespace Ariadne.Analysis.Stages;

/// <summary>How a link stage ran: not at all (nothing new), over the whole store, or over the new documents and the networks they touch.</summary>
public enum LinkMode
{
    None,
    Full,
    Incremental,
}
