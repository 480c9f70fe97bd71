using Ariadne.Extraction;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Evidence;
using Ariadne.Scoring.Model;

namespace Ariadne.Scoring.Tests;

/// <summary>The evidence model's arithmetic and explanations, on hand-made ads and networks with known answers.</summary>
public sealed class EvidenceModelTests
{
    private static readonly EntityExtractor Extractor = new();
    private static readonly EvidenceModel Model = new(Matching.IndicatorEngine.Default, new EvidenceOptions { Scale = 1, Intercept = -2 });

    private static ScoringDocument Ad(string text, string? title = null) => new() { Id = "d", Text = text, Title = title, Entities = Extractor.Extract(text) };

    [Fact]
    public void An_ad_without_evidence_sits_at_the_calibrated_base_rate()
    {
        var score = Model.Score(Ad("Hi, I'm Ruby, 27. By appointment, discreet."), NetworkEvidence.Alone, null);
        Assert.Empty(score.Reasons);
        Assert.Equal(1 / (1 + Math.Exp(2)), score.Probability, 12);
    }

    [Fact]
    public void Each_category_adds_the_log_of_its_strongest_rules_ratio_once_and_says_so()
    {
        // Two trust phrases and two third-party rules: one term per category.
        var score = Model.Score(Ad("100% real pics, no fakes. Call my manager, she is waiting."), NetworkEvidence.Alone, null);
        var trust = Assert.Single(score.Reasons, r => r.Id.StartsWith("trust.", StringComparison.Ordinal));
        Assert.Equal(Math.Log(2.5), trust.Weight, 12);
        Assert.Contains("Likelihood ratio 2.5 (Lugo-Graulich et al. 2024)", trust.Text, StringComparison.Ordinal);
        var third = Assert.Single(score.Reasons, r => r.Id.StartsWith("third-party.", StringComparison.Ordinal));
        Assert.Equal(Math.Log(3.0), third.Weight, 12);
        Assert.Equal(1 / (1 + Math.Exp(2 - Math.Log(2.5) - Math.Log(3.0))), score.Probability, 12);
    }

    [Fact]
    public void Movement_wording_lowers_the_risk()
    {
        var plain = Model.Score(Ad("Hi, I'm Ruby, 27. By appointment."), NetworkEvidence.Alone, null).Probability;
        var moving = Model.Score(Ad("Hi, I'm Ruby, 27. New in town, leaving Sunday."), NetworkEvidence.Alone, null);
        Assert.True(moving.Probability < plain);
        Assert.Equal(Math.Log(0.3), Assert.Single(moving.Reasons).Weight, 12);
    }

    [Fact]
    public void Title_wording_counts()
    {
        var score = Model.Score(Ad("Hi, I'm Ruby, 27. By appointment.", "💯 REAL pics"), NetworkEvidence.Alone, null);
        Assert.Contains("Title wording", Assert.Single(score.Reasons).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_habit_counts_for_its_ads_that_do_not_write_it_and_a_rare_one_does_not()
    {
        var ad = Ad("Hi, I'm Ruby, 27. By appointment.");
        var habit = new NetworkEvidence { Ads = 8, CategoryAds = new Dictionary<string, int> { ["trust"] = 2 } };
        var rare = new NetworkEvidence { Ads = 9, CategoryAds = new Dictionary<string, int> { ["trust"] = 2 } };
        var pooled = Assert.Single(Model.Score(ad, habit, null).Reasons);
        Assert.Equal("network.trust", pooled.Id);
        Assert.Equal(Math.Log(2.5), pooled.Weight, 12);
        Assert.StartsWith("2 of the 8 ads of its network carry trust wording", pooled.Text, StringComparison.Ordinal);
        Assert.Empty(Model.Score(ad, rare, null).Reasons);
    }

    [Fact]
    public void Network_signals_fire_on_their_facts_and_movement_alone_is_not_one()
    {
        var ad = Ad("Hi, I'm Ruby, 27. By appointment.");
        var rotating = new NetworkEvidence { Ads = 10, Phones = 3, PhonesInUse = 3, Cities = 1, Cities30Days = 1, Personas = 1 };
        Assert.Equal("network.rotating-phones@1", Assert.Single(Model.Score(ad, rotating, null).Reasons).Id);

        var touring = new NetworkEvidence { Ads = 10, Phones = 1, PhonesInUse = 1, Cities = 5, Cities30Days = 4, Personas = 1, PersonasAcrossCities = 1 };
        Assert.Empty(Model.Score(ad, touring, null).Reasons);

        var circuit = touring with { Personas = 3, PersonasAcrossCities = 3 };
        Assert.Equal(["network.controlled-movement@1", "network.personas@1"], Model.Score(ad, circuit, null).Reasons.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_agency_shaped_network_does_not_count_third_party_wording()
    {
        var ad = Ad("Call my manager to book one of our ladies.");
        var agency = new NetworkEvidence { Ads = 30, Phones = 1, PhonesInUse = 1, Cities = 1, Cities30Days = 1, Personas = 6, CategoryAds = new Dictionary<string, int> { ["third-party"] = 20 } };
        var score = Model.Score(ad, agency, null);
        Assert.All(score.Reasons, r => Assert.Equal(0, r.Weight));
        Assert.Contains(score.Reasons, r => r.Text.Contains("as an agency does", StringComparison.Ordinal));
    }

    [Fact]
    public void Network_evidence_counts_phones_in_use_cities_within_30_days_and_travelling_personas()
    {
        var t0 = new DateTimeOffset(2026, 8, 1, 12, 0, 0, TimeSpan.Zero);
        NetworkMember M(string id, int day, string city, string phone, string name, params string[] categories) =>
            new(id, "n1", t0.AddDays(day), city, [phone], [name], [], categories.ToHashSet(StringComparer.Ordinal));
        var members = new[]
        {
            M("a", 0, "HOUSTON", "+17135550101", "Mia", "trust"), M("b", 5, "DALLAS", "+17135550101", "Mia"),
            M("c", 10, "AUSTIN", "+17135550102", "Mia", "trust"), M("d", 12, "AUSTIN", "+17135550102", "Lola"),
            M("e", 60, "HOUSTON", "+17135550103", "Lola"),
        };
        var n = NetworkEvidenceBuilder.Build(members)["a"];
        Assert.Equal(5, n.Ads);
        Assert.Equal(3, n.Phones);
        Assert.Equal(2, n.PhonesInUse);
        Assert.Equal(3, n.Cities30Days);
        Assert.Equal(2, n.Personas);
        Assert.Equal(2, n.PersonasAcrossCities);
        Assert.Equal(2, n.CategoryAds["trust"]);
    }
}
