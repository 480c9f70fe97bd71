using System.Globalization;
using Ariadne.Core.Documents;

namespace Ariadne.Synth.Tests;

public sealed class PopulationTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Ads_and_truth_line_up_one_to_one_with_unique_sequential_ids()
    {
        Assert.Equal(CorpusFixture.AdCount, corpus.Ads.Count);
        Assert.Equal(CorpusFixture.AdCount, corpus.Documents.Count);
        Assert.Equal("ariadne-synth/1", corpus.Truth.GetProperty("generator").GetString());
        Assert.Equal(42, corpus.Truth.GetProperty("seed").GetInt64());
        for (var i = 0; i < corpus.Ads.Count; i++)
        {
            var id = "ad-" + (i + 1).ToString("000000", CultureInfo.InvariantCulture);
            Assert.Equal(id, corpus.Ads[i].GetProperty("id").GetString());
            Assert.Equal(id, corpus.Documents[i].GetProperty("id").GetString());
            Assert.Equal("ad", corpus.Ads[i].GetProperty("kind").GetString());
        }
    }

    [Fact]
    public void The_population_mix_is_about_45_40_15()
    {
        var labels = corpus.Documents.GroupBy(d => d.GetProperty("label").GetString()!).ToDictionary(g => g.Key, g => g.Count() / (double)CorpusFixture.AdCount);
        Assert.InRange(labels["trafficking"], 0.42, 0.48);
        Assert.InRange(labels["independent"], 0.37, 0.43);
        Assert.InRange(labels["spam"] + labels["agency"], 0.13, 0.17);
        Assert.True(labels["agency"] > 0.03);
    }

    [Fact]
    public void Trafficking_networks_have_controller_persons_shared_phones_and_move_in_time_order()
    {
        var networks = corpus.Networks.Where(n => n.GetProperty("label").GetString() == "trafficking").ToList();
        Assert.True(networks.Count >= 10);
        foreach (var network in networks)
        {
            var id = network.GetProperty("id").GetString()!;
            var docs = corpus.Documents.Where(d => d.GetProperty("network").GetString() == id).ToList();
            Assert.Equal(network.GetProperty("ad_count").GetInt32(), docs.Count);
            Assert.InRange(docs.Count, 10, 69);
            Assert.False(string.IsNullOrEmpty(network.GetProperty("controller").GetString()));
            Assert.InRange(network.GetProperty("persons").GetArrayLength(), 2, 6);
            Assert.InRange(network.GetProperty("phones").GetArrayLength(), 0, 3);
            var cities = network.GetProperty("cities").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.InRange(cities.Count, 3, 6);

            // Documents are numbered in time order; the network's city index must never go back.
            var last = -1;
            foreach (var doc in docs)
            {
                var city = doc.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("type").GetString() == "location").GetProperty("value").GetString()!;
                var index = cities.IndexOf(city);
                Assert.True(index >= last, $"{id} moved back to {city}");
                last = index;
            }

            Assert.Equal(cities.Count - 1, last);
        }
    }

    [Fact]
    public void Independents_stay_in_one_city_and_share_no_identifier_with_anyone()
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, network, entity) in corpus.Entities())
        {
            var type = entity.GetProperty("type").GetString();
            if (type is "phone" or "email" or "handle" or "crypto")
            {
                var value = entity.GetProperty("value").GetString()!;
                if (!owners.TryGetValue(value, out var set))
                {
                    owners[value] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(network);
            }
        }

        // Every identifier belongs to exactly one owner: links in the truth are never accidental.
        Assert.All(owners, kv => Assert.Single(kv.Value));

        var independents = corpus.Documents.Where(d => d.GetProperty("label").GetString() == "independent")
            .GroupBy(d => d.GetProperty("network").GetString()!).ToList();
        Assert.True(independents.Count > 200);
        foreach (var worker in independents)
        {
            Assert.StartsWith("ind-", worker.Key, StringComparison.Ordinal);
            Assert.InRange(worker.Count(), 1, 5);
            var cities = worker.SelectMany(d => d.GetProperty("entities").EnumerateArray())
                .Where(e => e.GetProperty("type").GetString() == "location")
                .Select(e => e.GetProperty("value").GetString()).Distinct().ToList();
            Assert.Single(cities);
            Assert.DoesNotContain(worker, d => d.GetProperty("indicators").EnumerateArray().Any(i => i.GetString() is "third_party" or "shared_phone"));
        }
    }

    [Fact]
    public void Spam_posters_form_a_hub_around_one_phone()
    {
        var spam = corpus.Networks.Single(n => n.GetProperty("label").GetString() == "spam");
        var phone = spam.GetProperty("phones")[0].GetString()!;
        var uses = corpus.Entities().Count(x => x.Entity.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.String && x.Entity.GetProperty("value").GetString() == phone);
        Assert.True(uses >= 100, $"spam phone used {uses} times");
        Assert.Contains(corpus.Ads, a => a.GetProperty("text").GetString()!.Contains("Verified agency", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_posted_at_parses_and_several_forms_are_used()
    {
        var forms = new HashSet<int>();
        foreach (var ad in corpus.Ads)
        {
            var text = ad.GetProperty("posted_at").GetString()!;
            Assert.True(PostedAtParser.TryParse(text, ad.GetProperty("country").GetString(), out var utc), text);
            Assert.InRange(utc, new DateTimeOffset(2026, 7, 4, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
            forms.Add(text.EndsWith('Z') ? 0 : text.Contains(',', StringComparison.Ordinal) ? 1 : 2);
        }

        Assert.Equal(3, forms.Count);
    }

    [Fact]
    public void Indicators_cover_the_network_signals()
    {
        var all = corpus.Documents.SelectMany(d => d.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()!)).ToHashSet();
        foreach (var expected in new[] { "youth_language", "third_party", "obscured_phone", "shared_phone", "movement", "reused_photo", "spam_boilerplate", "agency_footer", "new_in_town" })
        {
            Assert.Contains(expected, all);
        }
    }
}
