using Ariadne.Synth.Field;
using Xunit.Abstractions;

namespace Ariadne.Synth.Tests;

/// <summary>
/// The field profile's text: noisy network templates, stock texts posted by unrelated independents, boilerplate and
/// support numbers in ads of every kind of poster.
/// </summary>
[Collection(FieldCorpusCollection.Name)]
public sealed class FieldTextTests(FieldCorpusFixture corpus, ITestOutputHelper output)
{
    [Fact]
    public void Ads_of_one_template_share_well_under_half_of_their_word_3_grams()
    {
        var grams = corpus.Documents.Where(d => d.Label == "trafficking").ToDictionary(d => d.Id, d => Shingles.Of(corpus.Texts[d.Id]));
        var same = new List<double>();
        foreach (var template in corpus.Documents.Where(d => d.Label == "trafficking").GroupBy(d => d.Template!))
        {
            // The first twelve ads of each template, every pair: enough pairs, none chosen by chance.
            var ids = template.Take(12).Select(d => d.Id).ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    same.Add(Shingles.Jaccard(grams[ids[i]], grams[ids[j]]));
                }
            }
        }

        // Neighbouring ads of different networks, for contrast.
        var networkAds = corpus.Documents.Where(d => d.Label == "trafficking").ToList();
        var other = new List<double>();
        for (var i = 1; i < networkAds.Count; i++)
        {
            if (networkAds[i].Owner != networkAds[i - 1].Owner)
            {
                other.Add(Shingles.Jaccard(grams[networkAds[i].Id], grams[networkAds[i - 1].Id]));
            }
        }

        var sameMedian = Shingles.Median(same);
        var otherMedian = Shingles.Median(other);
        output.WriteLine($"same template: median 3-gram Jaccard {sameMedian:F3} over {same.Count} pairs; different networks: {otherMedian:F3} over {other.Count} pairs");
        Assert.True(sameMedian < 0.5, $"median {sameMedian:F3}");
        Assert.True(sameMedian > 0.15, $"median {sameMedian:F3}: templates no longer resemble themselves");
        Assert.True(otherMedian < 0.05, $"different networks: median {otherMedian:F3}");
    }

    [Fact]
    public void Networks_have_one_to_three_templates_that_other_networks_rarely_share_a_sentence_with()
    {
        Assert.All(corpus.Networks, n => Assert.InRange(n.Templates.Count, 1, 3));
        Assert.Contains(corpus.Networks, n => n.Templates.Count == 3);
        Assert.All(corpus.Documents.Where(d => d.Label == "trafficking"), d => Assert.StartsWith(d.Owner + "/t", d.Template, StringComparison.Ordinal));

        // Sentences compared by their words only (punctuation and case aside), slots as placeholders.
        var plan = new FieldPopulationPlanner(FieldCorpusFixture.Seed, new FieldProfileOptions()).Plan(FieldCorpusFixture.AdCount);
        var networksOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var sentences = 0;
        foreach (var owner in plan.Owners.Where(o => o.Label == "trafficking"))
        {
            foreach (var template in owner.Field!.Templates)
            {
                Assert.InRange(template.Sentences.Count, 5, 9);
                foreach (var sentence in template.Sentences)
                {
                    var key = string.Join(' ', sentence.Key.Split(' ', ',', '.', '!', ':', '~').Where(w => w.Length > 0)).ToLowerInvariant();
                    if (!networksOf.TryGetValue(key, out var set))
                    {
                        networksOf[key] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(owner.Id);
                    sentences++;
                }
            }
        }

        var shared = networksOf.Values.Where(s => s.Count > 1).Sum(s => s.Count);
        output.WriteLine($"{shared} of {sentences} template sentences also occur in another network's templates");
        Assert.True(shared < 0.02 * sentences, $"{shared} of {sentences}");
    }

    [Fact]
    public void Each_stock_text_is_posted_by_dozens_of_unrelated_independents_each_with_her_own_phone()
    {
        var stock = corpus.Documents.Where(d => d.Template?.StartsWith("stock-", StringComparison.Ordinal) == true).GroupBy(d => d.Template!).ToList();
        Assert.Equal(corpus.Truth.GetProperty("stock_texts").GetInt32(), stock.Count);
        Assert.True(stock.Count >= 10, $"{stock.Count} stock texts");
        foreach (var text in stock)
        {
            Assert.All(text, d => Assert.Equal("independent", d.Label));
            var owners = text.Select(d => d.Owner).Distinct().ToList();
            var phoneOwners = text.SelectMany(d => d.Phones.Where(p => !corpus.SupportLines.Contains(p.Value)).Select(p => (p.Value, d.Owner)))
                .Distinct().GroupBy(x => x.Value).ToList();
            Assert.True(owners.Count >= 50, $"{text.Key}: {owners.Count} owners");
            Assert.True(phoneOwners.Count >= 50, $"{text.Key}: {phoneOwners.Count} distinct phones");
            Assert.All(phoneOwners, g => Assert.Single(g));
        }

        var independents = corpus.Documents.Where(d => d.Label == "independent").Select(d => d.Owner).Distinct().Count();
        var stockPosters = stock.SelectMany(g => g.Select(d => d.Owner)).Distinct().Count();
        Assert.InRange(stockPosters / (double)independents, 0.3, 0.4);
    }

    [Fact]
    public void A_quarter_of_all_ads_carry_a_boilerplate_block_whoever_posts_them()
    {
        Assert.InRange(corpus.Boilerplate.Count, 3, 6);
        var withBlock = corpus.Documents.Where(d => corpus.Boilerplate.Any(b => corpus.Texts[d.Id].Contains(b, StringComparison.Ordinal))).ToList();
        Assert.InRange(withBlock.Count / (double)FieldCorpusFixture.AdCount, 0.2, 0.3);
        Assert.Equal(4, withBlock.Select(d => d.Label).Distinct().Count());
        Assert.All(corpus.Boilerplate, b => Assert.InRange(b.Split(". ").Length, 3, 6));
    }

    [Fact]
    public void Support_numbers_appear_plainly_in_hundreds_of_ads_of_every_kind_of_poster()
    {
        Assert.InRange(corpus.SupportLines.Count, 3, 5);
        var mentions = corpus.Documents.SelectMany(d => d.Phones.Where(p => corpus.SupportLines.Contains(p.Value)).Select(p => (Doc: d, Phone: p))).ToList();
        Assert.All(mentions, m => Assert.False(m.Phone.Obfuscated));
        foreach (var line in corpus.SupportLines)
        {
            var ads = mentions.Where(m => m.Phone.Value == line).Select(m => m.Doc).Distinct().ToList();
            Assert.True(ads.Count >= 500, $"{line} in {ads.Count} ads");
            Assert.Equal(4, ads.Select(d => d.Label).Distinct().Count());
        }

        var share = mentions.Select(m => m.Doc.Id).Distinct().Count() / (double)FieldCorpusFixture.AdCount;
        Assert.InRange(share, 0.08, 0.12);
    }
}
