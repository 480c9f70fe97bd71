namespace Ariadne.Store.Cases;

/// <summary>The documents a case reaches, oldest first, and how many were left out by the cap.</summary>
public sealed record CaseDocumentSet(IReadOnlyList<CaseDocument> Documents, int Total, int Cap)
{
    public bool Capped => Total > Documents.Count;
}
