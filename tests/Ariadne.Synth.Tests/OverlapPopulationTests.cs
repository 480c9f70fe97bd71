using Ariadne.Synth.Overlap;

namespace Ariadne.Synth.Tests;

/// <summary>The 20,000-ad overlap corpus has the shares, habit rates and poster shapes its options say.</summary>
[Collection(OverlapCorpusCollection.Name)]
public sealed class OverlapPopulationTests(OverlapCorpusFixture fixture)
{
    private readonly OverlapCorpus _corpus = fixture.Corpus;
    private readonly OverlapProfileOptions _options = new();

    [Fact]
    public void Ad_shares_are_the_options_and_labels_follow_populations()
    {
        Assert.Equal(OverlapCorpusFixture.AdCount, _corpus.Documents.Count);
        var shares = new Dictionary<string, double>
        {
            [OverlapPopulations.Trafficking] = _options.TraffickingAdShare,
            [OverlapPopulations.Independent] = _options.IndependentAdShare,
            [OverlapPopulations.Agency] = _options.AgencyAdShare,
            [OverlapPopulations.Touring] = _options.TouringAdShare,
        };
        foreach (var (population, share) in shares)
        {
            var actual = _corpus.Documents.Count(d => d.Population == population) / (double)_corpus.Documents.Count;
            Assert.InRange(actual, share - 0.005, share + 0.005);
        }

        Assert.All(_corpus.Documents, d => Assert.Equal(d.Population == "trafficking", d.Positive));
        Assert.All(_corpus.Documents, d => Assert.Equal(OverlapPopulations.LabelOf(d.Population), d.Label));
    }

    [Fact]
    public void Poster_sizes_stay_in_their_ranges_and_lean_small()
    {
        (string Population, int Min, int Max, double Mean)[] ranges =
        [
            (OverlapPopulations.Trafficking, _options.TraffickingMinAds, _options.TraffickingMaxAds, _options.TraffickingMeanAds),
            (OverlapPopulations.Agency, _options.AgencyMinAds, _options.AgencyMaxAds, _options.AgencyMeanAds),
            (OverlapPopulations.Independent, _options.IndependentMinAds, _options.IndependentMaxAds, _options.IndependentMeanAds),
            (OverlapPopulations.Touring, _options.TouringMinAds, _options.TouringMaxAds, _options.TouringMeanAds),
        ];
        foreach (var (population, min, max, mean) in ranges)
        {
            var sizes = _corpus.Posters.Where(p => p.Population == population).Select(p => p.AdCount).ToList();
            // The last poster of a population takes the remainder, so it may pass the maximum by less than the minimum.
            Assert.All(sizes, s => Assert.InRange(s, 1, max + min - 1));
            Assert.True(sizes.Count(s => s < min || s > max) <= 1, population);
            Assert.InRange(sizes.Average(), mean * 0.85, mean * 1.15);
        }
    }

    [Fact]
    public void Habit_rates_are_recovered_from_the_posters()
    {
        foreach (var population in OverlapPopulations.All)
        {
            var posters = _corpus.Posters.Where(p => p.Population == population).ToList();
            var rates = _options.Rates.Of(population);
            foreach (var indicator in OverlapIndicators.All)
            {
                var expected = rates.Of(indicator);
                var actual = posters.Count(p => p.Habits.Contains(indicator)) / (double)posters.Count;
                var tolerance = (4 * Math.Sqrt(expected * (1 - expected) / posters.Count)) + 0.01;
                Assert.True(Math.Abs(actual - expected) <= tolerance, $"{population}/{indicator}: {actual:F3} against {expected:F2} (± {tolerance:F3}, {posters.Count} posters)");
            }
        }
    }

    [Fact]
    public void Ads_carry_an_indicator_with_q_under_the_habit_and_r_without()
    {
        var habits = _corpus.Posters.ToDictionary(p => p.Id, p => p.Habits);
        long withHabit = 0, withHabitCarried = 0, without = 0, withoutCarried = 0;
        foreach (var d in _corpus.Documents)
        {
            var present = d.Present;
            foreach (var indicator in OverlapIndicators.All)
            {
                if (habits[d.Poster].Contains(indicator))
                {
                    withHabit++;
                    withHabitCarried += present.Contains(indicator) ? 1 : 0;
                }
                else
                {
                    without++;
                    withoutCarried += present.Contains(indicator) ? 1 : 0;
                }
            }
        }

        Assert.InRange(withHabitCarried / (double)withHabit, _options.HabitAdChance - 0.01, _options.HabitAdChance + 0.01);
        Assert.InRange(withoutCarried / (double)without, _options.StrayAdChance - 0.005, _options.StrayAdChance + 0.005);
    }

    [Fact]
    public void Neutral_indicators_appear_at_one_rate_in_every_population()
    {
        var expected = (0.4 * _options.HabitAdChance) + (0.6 * _options.StrayAdChance);
        foreach (var population in OverlapPopulations.All)
        {
            // Ads of one poster share its habits, so the spread is that of the posters, weighted by their ads (Kish's
            // effective sample size), not that of the ads.
            var sizes = _corpus.Posters.Where(p => p.Population == population).Select(p => (double)p.AdCount).ToList();
            var effective = sizes.Sum() * sizes.Sum() / sizes.Sum(n => n * n);
            var tolerance = (4 * (_options.HabitAdChance - _options.StrayAdChance) * Math.Sqrt(0.24 / effective)) + 0.01;
            var docs = _corpus.Documents.Where(d => d.Population == population).ToList();
            foreach (var indicator in OverlapIndicators.Neutral)
            {
                var share = docs.Count(d => d.Present.Contains(indicator)) / (double)docs.Count;
                Assert.True(Math.Abs(share - expected) <= tolerance, $"{population}/{indicator}: {share:F3} against {expected:F3} (± {tolerance:F3})");
            }
        }
    }

    [Fact]
    public void Networks_rotate_phones_and_move_on_circuits()
    {
        var networks = _corpus.Posters.Where(p => p.Population == OverlapPopulations.Trafficking).ToList();
        Assert.InRange(networks.Count(n => n.Phones.Count == 1) / (double)networks.Count, 0.27, 0.43);
        Assert.All(networks, n => Assert.InRange(n.Phones.Count, 1, _options.MaxPhoneEras));
        Assert.All(networks, n => Assert.InRange(n.Persons.Count, 1, 4));

        // Most networks show ads in three cities within 30 days of their first ad.
        var byPoster = _corpus.Documents.GroupBy(d => d.Poster).ToDictionary(g => g.Key, g => g.ToList());
        var fast = 0;
        foreach (var network in networks)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var first = (DateTime?)null;
            foreach (var ad in byPoster[network.Id])
            {
                var posted = Posted(ad.PostedAt);
                first ??= posted;
                if (seen.Add(ad.Location) && seen.Count == 3 && (posted - first.Value).TotalDays <= 30)
                {
                    fast++;
                }
            }
        }

        Assert.True(fast >= 0.7 * networks.Count, $"{fast} of {networks.Count} networks reach a third city within 30 days");

        // Some ads print the old and the new phone around a change.
        var handovers = _corpus.Documents.Count(d => d.Population == OverlapPopulations.Trafficking && d.Entities.Count(e => e.Type == "phone" && !IsSupportLine(e.Value)) == 2);
        Assert.True(handovers > 20, handovers + " hand-over ads");
    }

    [Fact]
    public void Independents_agencies_and_touring_posters_have_their_shapes()
    {
        var independents = _corpus.Posters.Where(p => p.Population == OverlapPopulations.Independent).ToList();
        Assert.All(independents, p => Assert.Single(p.Persons));
        Assert.All(independents, p => Assert.InRange(p.Cities.Count, 1, 2));
        var changing = independents.Where(p => p.AdCount >= 2).ToList();
        Assert.InRange(changing.Count(p => p.Phones.Count == 2) / (double)changing.Count, 0.11, 0.19);
        Assert.InRange(independents.Count(p => p.Cities.Count == 2) / (double)independents.Count, 0.01, 0.08);

        var agencies = _corpus.Posters.Where(p => p.Population == OverlapPopulations.Agency).ToList();
        Assert.All(agencies, p => Assert.Single(p.Phones));
        Assert.All(agencies, p => Assert.Single(p.Cities));
        Assert.All(agencies, p => Assert.InRange(p.Persons.Count, 3, 8));
        Assert.All(agencies, p => Assert.NotNull(p.Brand));
        var brands = agencies.ToDictionary(p => p.Id, p => p.Brand!);
        Assert.All(_corpus.Documents.Where(d => d.Population == OverlapPopulations.Agency), d => Assert.Contains(brands[d.Poster], d.Text, StringComparison.Ordinal));
        Assert.Equal(brands.Count, brands.Values.Distinct(StringComparer.Ordinal).Count());

        var touring = _corpus.Posters.Where(p => p.Population == OverlapPopulations.Touring).ToList();
        Assert.All(touring, p => Assert.Single(p.Phones));
        Assert.All(touring, p => Assert.True(p.Cities.Count >= 3, p.Id));
        var locations = _corpus.Documents.Where(d => d.Population == OverlapPopulations.Touring).GroupBy(d => d.Poster);
        Assert.All(locations, g => Assert.True(g.Select(d => d.Location).Distinct().Count() >= 3, g.Key));
        Assert.InRange(touring.Count(p => p.Habits.Contains(OverlapIndicators.Movement)) / (double)touring.Count, 0.78, 0.92);
    }

    private bool IsSupportLine(string phone) => _corpus.Truth.GetProperty("support_lines").EnumerateArray().Any(p => p.GetString() == phone);

    private static DateTime Posted(string text)
    {
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd HH:mm", "MMMM d, yyyy"];
        return DateTime.ParseExact(text, formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal);
    }
}
