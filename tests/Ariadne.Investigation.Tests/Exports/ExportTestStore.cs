using System.Text;
using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Core.Indicators;
using Ariadne.Core.Networks;
using Ariadne.Store;

namespace Ariadne.Investigation.Tests.Exports;

/// <summary>
/// A known small store: network N1 of three ads (A–B joined by a shared phone, B–C by near-duplicate text 0.83) and a
/// lone ad D. A has a hostile title. Synthetic values only (+1 555-01xx phones, example.com e-mail).
/// </summary>
public static class ExportTestStore
{
    public const string Network = "n0000000000000000000000n1";
    public const string A = "d00000000000000000000000a";
    public const string B = "d00000000000000000000000b";
    public const string C = "d00000000000000000000000c";
    public const string D = "d00000000000000000000000d";
    public const string Phone = "+15555550101";
    public const string OtherPhone = "+15555550199";
    public const string Email = "mia.rose@example.com";
    public const string Handle = "telegram:mia_rose_x";
    public const string Wallet = "btc:1BoatSLRtMSyjtkBaUEpkhxuUkmqVWF6z";
    public const string HostileTitle = "Mia <b>\"new\"</b> & friends \u0001\u0008 =cmd|' /C calc'!A0";

    public static readonly DateTimeOffset PostedA = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset PostedB = new(2026, 3, 5, 9, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset PostedC = new(2026, 3, 9, 18, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset PostedD = new(2026, 4, 2, 8, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(AriadneStore store)
    {
        await using var context = store.CreateDbContext();
        context.Documents.AddRange(
            Document(A, HostileTitle, PostedA, "Houston, TX", "US", $"Mia 19 in Houston, call {Phone}, telegram @mia_rose_x"),
            Document(B, "Mia in Dallas", PostedB, "Dallas, TX", "US", $"Mia 21 now in Dallas {Phone} or {Email}"),
            Document(C, null, PostedC, "Houston, TX", "US", $"Mia 19 back in Houston, write {Email}, deposit {Wallet}"),
            Document(D, "Other", PostedD, null, "US", $"Call {OtherPhone}"));
        context.EntityMentions.AddRange(
            Mention(A, EntityType.Age, "19", 4), Mention(A, EntityType.Location, "Houston, US", 10), Mention(A, EntityType.Phone, Phone, 25), Mention(A, EntityType.Handle, Handle, 50),
            Mention(B, EntityType.Age, "21", 4), Mention(B, EntityType.Location, "Dallas, US", 14), Mention(B, EntityType.Phone, Phone, 21), Mention(B, EntityType.Email, Email, 40),
            Mention(C, EntityType.Age, "19", 4), Mention(C, EntityType.Location, "Houston, US", 15), Mention(C, EntityType.Email, Email, 30), Mention(C, EntityType.Crypto, Wallet, 60),
            Mention(D, EntityType.Phone, OtherPhone, 5));
        context.Networks.Add(new Network { Id = Network, DocumentCount = 3, FirstSeenUtc = PostedA, LastSeenUtc = PostedC, UpdatedAtUtc = PostedC });
        context.NetworkMembers.AddRange(new NetworkMember { NetworkId = Network, DocumentId = A }, new NetworkMember { NetworkId = Network, DocumentId = B }, new NetworkMember { NetworkId = Network, DocumentId = C });
        context.NetworkEdges.AddRange(
            new NetworkEdge { NetworkId = Network, DocumentA = A, DocumentB = B, Kind = "phone", Evidence = Phone },
            new NetworkEdge { NetworkId = Network, DocumentA = B, DocumentB = C, Kind = "text", Evidence = "near-duplicate text 0.83", Similarity = 0.83 });
        context.RiskScores.AddRange(Score(A, 0.7), Score(B, 0.3));
        context.IndicatorHits.AddRange(Hit(A, "third-party"), Hit(A, "restricted-freedom"), Hit(A, "third-party"), Hit(B, "payment-control"));
        await context.SaveChangesAsync();
    }

    private static Document Document(string id, string? title, DateTimeOffset posted, string? location, string country, string body)
    {
        var raw = Encoding.UTF8.GetBytes(id + body);
        return new Document
        {
            Id = id,
            ContentSha256 = DocumentIds.Sha256Hex(raw),
            Kind = DocumentKind.Ad,
            Title = title,
            Body = body,
            PostedAtUtc = posted,
            PostedAtRaw = posted.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            LocationRaw = location,
            Country = country,
            AuthorHandle = "mia_rose_author",
            SourceUrl = "https://ads.example.com/" + id,
            RawFormat = "jsonl",
            RawPayload = raw,
            IngestedAtUtc = posted,
        };
    }

    private static EntityMention Mention(string document, EntityType type, string value, int start) =>
        new() { DocumentId = document, Type = type, Value = value, Start = start, End = start + value.Length };

    private static DocumentRiskScore Score(string document, double p) =>
        new() { DocumentId = document, Probability = p, Certainty = Math.Abs(p - 0.5), ModelId = "test", Explanation = "test", ScoredAtUtc = PostedD };

    private static IndicatorHit Hit(string document, string category) =>
        new() { DocumentId = document, RuleId = category + ".rule@1", Category = category, Explanation = "test", Weight = 1 };
}
