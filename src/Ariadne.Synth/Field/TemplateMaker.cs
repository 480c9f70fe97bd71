namespace Ariadne.Synth.Field;

/// <summary>Draws templates from the phrase grammar: a network's, an independent's own text, a stock text.</summary>
internal static class TemplateMaker
{
    private static readonly SentenceKind[] NetworkRequired = [SentenceKind.Intro, SentenceKind.Location, SentenceKind.Rates, SentenceKind.Contact];

    private static readonly SentenceKind[] NetworkOptional =
    [
        SentenceKind.Opener, SentenceKind.Description, SentenceKind.Description, SentenceKind.Availability,
        SentenceKind.Rules, SentenceKind.Closer,
    ];

    private static readonly SentenceKind[] IndependentOptional =
    [
        SentenceKind.Location, SentenceKind.Description, SentenceKind.Rates, SentenceKind.Rules, SentenceKind.Closer,
        SentenceKind.Description,
    ];

    /// <summary>
    /// A network template of <paramref name="sentences"/> sentences: intro, location, rates and contact always, the
    /// rest from the optional kinds (third-party and youth-coded wording in some networks, a second person's
    /// sentence when there is one, a deposit sentence when the network takes crypto).
    /// </summary>
    public static FieldTemplate Network(string id, int sentences, bool twoPersons, bool wallet, SynthRandom rng)
    {
        var optional = NetworkOptional.ToList();
        if (rng.Chance(0.5))
        {
            optional.Add(SentenceKind.ThirdParty);
        }

        if (rng.Chance(0.4))
        {
            optional.Add(SentenceKind.Youth);
        }

        if (rng.Chance(0.4))
        {
            optional.Add(SentenceKind.NewInTown);
        }

        if (twoPersons && rng.Chance(0.6))
        {
            optional.Add(SentenceKind.Second);
        }

        if (wallet && rng.Chance(0.7))
        {
            optional.Add(SentenceKind.Payment);
        }

        rng.Shuffle(optional);
        var kinds = NetworkRequired.Concat(optional.Take(Math.Max(0, sentences - NetworkRequired.Length))).Order().ToList();
        return new FieldTemplate(id, [.. kinds.Select(k => PhraseGrammar.NetworkSentence(k, rng))]);
    }

    /// <summary>An independent's text (own or stock): intro and contact always, the rest from her kinds.</summary>
    public static FieldTemplate Independent(string? id, int sentences, SynthRandom rng)
    {
        var optional = IndependentOptional.ToList();
        rng.Shuffle(optional);
        var kinds = new[] { SentenceKind.Intro, SentenceKind.Contact }.Concat(optional.Take(Math.Max(0, sentences - 2))).Order().ToList();
        return new FieldTemplate(id, [.. kinds.Select(k => PhraseGrammar.IndependentSentence(k, rng))]);
    }

    /// <summary>
    /// One poster's copy of a stock text: a word or two changed (a choice made again) and, half the time, one
    /// sentence dropped; her name, city, price and phone go into the slots per ad.
    /// </summary>
    public static FieldTemplate StockCopy(FieldTemplate stock, SynthRandom rng)
    {
        var sentences = stock.Sentences.ToList();
        var edits = rng.Chance(0.8) ? rng.Between(1, 2) : 0;
        for (var e = 0; e < edits; e++)
        {
            var at = rng.Next(sentences.Count);
            sentences[at] = sentences[at].Repick(rng);
        }

        var droppable = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].Kind is not (SentenceKind.Intro or SentenceKind.Contact)).ToList();
        if (droppable.Count > 0 && rng.Chance(0.5))
        {
            sentences.RemoveAt(rng.Pick(droppable));
        }

        return stock with { Sentences = sentences };
    }
}
