namespace Ariadne.Synth.Tests;

/// <summary>
/// The field profile's population and phones, checked against its truth: who posts how much, networks using 1 to 4
/// phones in turn with hand-overs, and how often a network's ads give no plain number or no contact at all.
/// </summary>
[Collection(FieldCorpusCollection.Name)]
public sealed class FieldPopulationTests(FieldCorpusFixture corpus)
{
    [Fact]
    public void The_truth_says_field_and_lines_up_with_the_ads()
    {
        Assert.Equal("field", corpus.Truth.GetProperty("profile").GetString());
        Assert.Equal(FieldCorpusFixture.AdCount, corpus.Documents.Count);
        Assert.Equal(FieldCorpusFixture.AdCount, corpus.Texts.Count);
        Assert.All(corpus.Documents, d => Assert.True(corpus.Texts.ContainsKey(d.Id)));
    }

    [Fact]
    public void About_30_percent_of_ads_come_from_some_215_networks_of_8_to_60_ads()
    {
        var share = corpus.Documents.GroupBy(d => d.Label).ToDictionary(g => g.Key, g => g.Count() / (double)FieldCorpusFixture.AdCount);
        Assert.InRange(share["trafficking"], 0.29, 0.31);
        Assert.InRange(share["independent"], 0.55, 0.65);
        Assert.True(share["spam"] > 0.01 && share["agency"] > 0.01);

        Assert.InRange(corpus.Networks.Count, 180, 250);
        Assert.All(corpus.Networks, n => Assert.InRange(n.AdCount, 8, 60));
        Assert.InRange(corpus.Networks.Average(n => n.AdCount), 24, 32);
        Assert.All(corpus.Networks, n => Assert.InRange(n.Persons, 2, 6));
        Assert.All(corpus.Networks, n => Assert.InRange(n.Cities.Count, 1, 6));
        Assert.True(corpus.Networks.Count(n => n.Cities.Count >= 2) > 0.9 * corpus.Networks.Count);

        var independents = corpus.Documents.Where(d => d.Label == "independent").GroupBy(d => d.Owner).ToList();
        Assert.All(independents, g => Assert.InRange(g.Count(), 1, 5));
        Assert.All(independents, g => Assert.StartsWith("ind-", g.Key, StringComparison.Ordinal));
    }

    [Fact]
    public void Networks_use_one_to_four_phones_in_turn_and_most_use_more_than_one()
    {
        foreach (var network in corpus.Networks)
        {
            Assert.InRange(network.Phones.Count, 1, 4);
            Assert.Equal(network.Eras.Concat(network.MainLine is null ? [] : [network.MainLine]), network.Phones);
        }

        Assert.True(corpus.Networks.Count(n => n.Phones.Count >= 2) > 0.4 * corpus.Networks.Count);
        Assert.Contains(corpus.Networks, n => n.MainLine is not null);
        Assert.Contains(corpus.Networks, n => n.Eras.Count == 4);

        // Documents are numbered in time order: a network's era never goes back, and every era is used.
        var byNetwork = corpus.Networks.ToDictionary(n => n.Id);
        foreach (var group in corpus.Documents.Where(d => d.Label == "trafficking").GroupBy(d => d.Owner))
        {
            var network = byNetwork[group.Key];
            var eras = group.Select(d => d.Era!.Value).ToList();
            Assert.Equal(eras.Order(), eras);
            Assert.Equal(Enumerable.Range(0, network.Eras.Count), eras.Distinct());
        }

        Assert.All(corpus.Documents.Where(d => d.Label != "trafficking"), d => Assert.Null(d.Era));
    }

    [Fact]
    public void Around_an_era_change_some_ads_carry_the_old_and_the_new_number()
    {
        var byNetwork = corpus.Networks.ToDictionary(n => n.Id);
        var handovers = 0;
        foreach (var doc in corpus.Documents.Where(d => d.Label == "trafficking"))
        {
            var eras = byNetwork[doc.Owner].Eras;
            var used = doc.Phones.Select(p => eras.IndexOf(p.Value)).Where(i => i >= 0).Distinct().Order().ToList();
            if (used.Count < 2)
            {
                continue;
            }

            handovers++;
            Assert.Equal(2, used.Count);
            Assert.Equal(used[0] + 1, used[1]);
            Assert.Contains(doc.Era!.Value, used);
        }

        Assert.True(handovers >= 50, $"{handovers} hand-over ads");
    }

    [Fact]
    public void Most_network_ads_give_no_plain_number_and_a_few_no_contact_at_all()
    {
        var byNetwork = corpus.Networks.ToDictionary(n => n.Id);
        var ads = corpus.Documents.Where(d => d.Label == "trafficking").ToList();
        var noPlain = 0;
        var noContact = 0;
        foreach (var doc in ads)
        {
            var own = doc.Phones.Where(p => byNetwork[doc.Owner].Phones.Contains(p.Value)).ToList();
            noPlain += own.All(p => p.Obfuscated) ? 1 : 0;
            noContact += own.Count == 0 && !doc.Entities.Any(e => e.Type is "email" or "handle") ? 1 : 0;
        }

        Assert.InRange(noPlain / (double)ads.Count, 0.5, 0.7);
        Assert.InRange(noContact / (double)ads.Count, 0.01, 0.1);
    }

    [Fact]
    public void Every_phone_email_and_handle_has_one_owner_except_the_support_lines()
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var doc in corpus.Documents)
        {
            foreach (var e in doc.Entities.Where(e => e.Type is "phone" or "email" or "handle" or "crypto"))
            {
                if (!owners.TryGetValue(e.Value, out var set))
                {
                    owners[e.Value] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(doc.Owner);
            }
        }

        foreach (var (value, set) in owners)
        {
            if (corpus.SupportLines.Contains(value))
            {
                Assert.True(set.Count > 100, value);
            }
            else
            {
                Assert.True(set.Count == 1, $"{value} is used by {string.Join(", ", set)}");
            }
        }

        // Each network's ads use only its own numbers (and the platform's).
        var byNetwork = corpus.Networks.ToDictionary(n => n.Id);
        foreach (var doc in corpus.Documents.Where(d => d.Label == "trafficking"))
        {
            Assert.All(doc.Phones, p => Assert.True(byNetwork[doc.Owner].Phones.Contains(p.Value) || corpus.SupportLines.Contains(p.Value)));
        }
    }
}
