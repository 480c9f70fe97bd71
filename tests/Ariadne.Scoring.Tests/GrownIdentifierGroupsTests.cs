using Ariadne.Core.Entities;
using Ariadne.Extraction;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Networks;

namespace Ariadne.Scoring.Tests;

public sealed class GrownIdentifierGroupsTests
{
    private static ScoringDocument Doc(string id, params ExtractedEntity[] entities) =>
        new() { Id = id, Text = string.Empty, Entities = entities };

    private static ExtractedEntity Phone(string e164) => new(EntityType.Phone, e164, 0, 1);

    private static ExtractedEntity Email(string address) => new(EntityType.Email, address, 2, 3);

    private static ExtractedEntity Name(string name) => new(EntityType.Name, name, 4, 5);

    [Fact]
    public void Scored_documents_sharing_an_identifier_with_a_new_one_are_stale_and_others_are_not()
    {
        ScoringDocument[] documents =
        [
            Doc("old-1", Phone("+17135550142"), Name("Mia")),
            Doc("old-2", Email("mia@example.com")),
            Doc("old-3", Phone("+17135550199")),
            Doc("old-4", Name("Mia")), // a shared name is not an identifier
            Doc("new-1", Phone("+17135550142"), Email("mia@example.com"), Name("Mia")),
            Doc("new-2", Phone("+17135550177")),
        ];

        var stale = GrownIdentifierGroups.StaleNeighbours(documents, new HashSet<string>(["new-1", "new-2"], StringComparer.Ordinal));

        Assert.Equal(["old-1", "old-2"], stale);
    }

    [Fact]
    public void Groups_above_the_cap_are_hubs_and_are_not_followed()
    {
        const string hub = "+17135550100";
        var documents = Enumerable.Range(0, 5).Select(i => Doc("old-" + i, Phone(hub))).ToList();
        documents.Add(Doc("old-x", Phone("+17135550142")));
        documents.Add(Doc("new", Phone(hub), Phone("+17135550142")));
        var pending = new HashSet<string>(["new"], StringComparer.Ordinal);

        // The hub group holds 6 documents: with a cap of 5 only the small group's member is stale; with 6, all are.
        Assert.Equal(["old-x"], GrownIdentifierGroups.StaleNeighbours(documents, pending, groupCap: 5));
        Assert.Equal(6, GrownIdentifierGroups.StaleNeighbours(documents, pending, groupCap: 6).Count);
    }

    [Fact]
    public void Nothing_pending_or_nothing_shared_means_nothing_stale()
    {
        ScoringDocument[] documents = [Doc("a", Phone("+17135550142")), Doc("b", Phone("+17135550142"))];

        Assert.Empty(GrownIdentifierGroups.StaleNeighbours(documents, new HashSet<string>(StringComparer.Ordinal)));
        Assert.Empty(GrownIdentifierGroups.StaleNeighbours([.. documents, Doc("c", Phone("+17135550199"))], new HashSet<string>(["c"], StringComparer.Ordinal)));
    }
}
