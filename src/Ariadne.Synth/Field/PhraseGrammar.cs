namespace Ariadne.Synth.Field;

/// <summary>
/// The field profile's sentence grammar. A pattern is literal text with &lt;list&gt; (a pick from <see cref="Lexicon"/>;
/// &lt;^list&gt; capitalised, &lt;a:list&gt; with "a"/"an"), [x|y|z] (an inline pick) and {SLOT} (filled per ad).
/// Expanding a pattern makes every pick once, so a network's template is a fixed set of sentences nobody else is
/// likely to draw: several picks from long lists per sentence, plus an optional lead-in and tail, give hundreds of
/// thousands of sentences per kind.
/// </summary>
internal static class PhraseGrammar
{
    private static readonly Dictionary<SentenceKind, Pattern[]> Network = Build(
    [
        (SentenceKind.Opener, '\0', "<^greet> <addressee>, <hook>"),
        (SentenceKind.Opener, '\0', "<^greet>, <addressee>! <^hook>"),
        (SentenceKind.Opener, '\0', "<^interject>, <hook>, <addressee>"),
        (SentenceKind.NewInTown, 'n', "[New in town|Just arrived|First time in your city|Only in town a short time|Fresh in town|Brand new in town], <hook>, <addressee>"),
        (SentenceKind.NewInTown, 'n', "<^greet> <addressee>, [I'm new in town|I just arrived|it's my first time in your city|I'm only in town a short time]"),
        (SentenceKind.Intro, '\0', "[I'm|I am|My name is|You can call me|Call me] {NAME}, <adj> and <adj>, {AGE}"),
        (SentenceKind.Intro, '\0', "Meet {NAME}, {AGE}, <a:adj> <noun> <extra>"),
        (SentenceKind.Intro, '\0', "Ask for {NAME}, {AGE}, <a:adj> <adj> <noun> <extra>"),
        (SentenceKind.Intro, '\0', "<^adj> {NAME} is here, {AGE} and <adj> <extra>"),
        (SentenceKind.Intro, '\0', "This is {NAME}, {AGE}, your <adj> <noun> <extra>"),
        (SentenceKind.Intro, 'y', "Meet {NAME}, {AGE}, <youngadj> and <adj> <noun> <extra>"),
        (SentenceKind.Intro, 't', "[My girls are here|The ladies are in|Our team is ready]: ask for {NAME}, {AGE}, <adj> and <adj>"),
        (SentenceKind.Second, '\0', "Ask for {NAME2} too, <adj> and <adj> <extra>"),
        (SentenceKind.Second, '\0', "[Duo|Friends|Girlfriends|Double date|Bestie] special with {NAME2}, my <adj> <friend>"),
        (SentenceKind.Second, '\0', "Meet {NAME2} as well, <a:adj> <noun> <extra>"),
        (SentenceKind.Second, '\0', "Also with her friend {NAME2}, <adj> and <adj>"),
        (SentenceKind.Location, '\0', "<^cityverb> {CITY} <duration>, <service>"),
        (SentenceKind.Location, '\0', "<^service> in {CITY} <duration>, <placetail>"),
        (SentenceKind.Location, '\0', "[Just|Finally|Now|Happily] [arrived in|settled in|back in|staying in] {CITY} <duration>, <placetail>"),
        (SentenceKind.Location, '\0', "Your <adj> <noun> is [visiting|staying in|touring|working in] {CITY} <duration>"),
        (SentenceKind.Location, 'n', "[New|Just arrived|Brand new] in {CITY} <duration>, <service>"),
        (SentenceKind.Youth, 'y', "[Brand new|Totally new|Very new|Fresh] [to this|to the scene|to the city|to all of this], <youngadj> and <adj>"),
        (SentenceKind.Youth, 'y', "<^youngadj>, [fresh|new] and <adj>, [first time here|just starting out|new to the business]"),
        (SentenceKind.Description, '\0', "I [love|enjoy|adore|am into|am crazy about] <hobby>, <hobby> and <hobby>"),
        (SentenceKind.Description, '\0', "<^adj>, <adj> and always <adj>, I make every [date|visit|moment|evening] <feel>"),
        (SentenceKind.Description, '\0', "[Let's|We can|Come and] [share|enjoy|have] <activity> and <activity>"),
        (SentenceKind.Description, '\0', "My [friends|regulars|guests] say I am <adj> and <adj>, [judge for yourself|see for yourself|come find out]"),
        (SentenceKind.Description, '\0', "[Expect|You will get|Count on] <activity>, <activity> and [no rush|no clock watching|real warmth|a smile]"),
        (SentenceKind.Description, '\0', "Nothing beats <activity> with <a:adj> <noun> <extra>"),
        (SentenceKind.ThirdParty, 't', "[Call|Text|Message] <booker> to [book|set up a time|arrange a visit|get the details], <availhow>"),
        (SentenceKind.ThirdParty, 't', "<^team> [are|will be] [ready|waiting|available] <availwhen>, [ask for your favorite|pick your favorite|all bookings through me]"),
        (SentenceKind.ThirdParty, 't', "<^booking> <bookingby>, <realclaim>"),
        (SentenceKind.Rates, '\0', "<^pricelabel> <pricestart> {PRICE} <priceunit>, <pricedeal> for <pricefor>"),
        (SentenceKind.Rates, '\0', "{PRICE} <priceunit>, <pricefirm>, <pricedeal> for <pricefor>"),
        (SentenceKind.Rates, '\0', "[Ask about|Inquire about|Don't forget] my <pricedeal> for <pricefor>, [normally|usually|otherwise] {PRICE} <priceunit>"),
        (SentenceKind.Rates, '\0', "[Fair|Simple|Honest|Sweet] rates: {PRICE} <priceunit>, <pricefirm>, <pricedeal> for <pricefor>"),
        (SentenceKind.Availability, '\0', "[Available|Open|Booking|Around] <availwhen>, <availhow>, <availnote>"),
        (SentenceKind.Availability, '\0', "<^availhow>, <availwhen>, <suffix>"),
        (SentenceKind.Availability, '\0', "[My door is open|I am free|You can see me|I'm around] <availwhen>, <availhow>, <availnote>"),
        (SentenceKind.Contact, '\0', "<^contactverb> me <contactwhen> [at|on] {CONTACT}, <contacttail>"),
        (SentenceKind.Contact, '\0', "<^contactlead> <contactwhen> [just|simply|please] <contactverb> {CONTACT}, <contacttail>"),
        (SentenceKind.Contact, '\0', "<^contactlead>: {CONTACT}, <contacttail>, <closer>"),
        (SentenceKind.Contact, '\0', "{CONTACT}, <contacttail>, <closer> <closertail>"),
        (SentenceKind.Payment, '\0', "[Deposit|Booking fee|Reservation deposit|Small deposit] [by|in|via] {WALLET} <paywhy>"),
        (SentenceKind.Rules, '\0', "No <rulewhat> and no <rulewhat>, <ruletail>"),
        (SentenceKind.Rules, '\0', "[Please|Kindly] [no|avoid] <rulewhat> [or|and] <rulewhat>, <ruletail>"),
        (SentenceKind.Rules, '\0', "[I don't do|Not into|Zero tolerance for] <rulewhat>, <ruletail>"),
        (SentenceKind.Closer, '\0', "<^closer>, <addressee> <closertail>"),
        (SentenceKind.Closer, '\0', "<^closer> <closertail>, <suffix>"),
        (SentenceKind.Closer, '\0', "<^interject>, <closer>, <addressee>"),
    ]);

    private static readonly Dictionary<SentenceKind, Pattern[]> Independent = Build(
    [
        (SentenceKind.Intro, '\0', "[Hi|Hello|Hey there|Welcome], I'm {NAME}, {AGE}, <adj> and <adj>"),
        (SentenceKind.Intro, '\0', "My name is {NAME}, {AGE}, <a:adj> and <adj> <woman> <extra>"),
        (SentenceKind.Intro, '\0', "{NAME} here, {AGE}, <adj> and [independent|on my own terms|easy to talk to]"),
        (SentenceKind.Location, '\0', "[Independent|Discreet|Relaxed|Private] and <adj>, [based in|living in|local to] {CITY}"),
        (SentenceKind.Location, '\0', "[Local|Born and raised|Hometown] {CITY} [girl|lady|woman], [independent|no agency|just me], <placetail>"),
        (SentenceKind.Location, '\0', "I [host|see friends|meet people] in {CITY}, <service>"),
        (SentenceKind.Description, '\0', "I [love|enjoy|adore|am into|am crazy about] <hobby>, <hobby> and <hobby>"),
        (SentenceKind.Description, '\0', "<^adj>, <adj> and always <adj>, I make every [date|visit|moment|evening] <feel>"),
        (SentenceKind.Description, '\0', "[Let's|We can|Come and] [share|enjoy|have] <activity> and <activity>"),
        (SentenceKind.Description, '\0', "Nothing beats <activity> and <activity> [after a long day|on a quiet night|with good company]"),
        (SentenceKind.Rates, '\0', "My [rates|fees|prices]: {PRICE} <priceunit>, <pricedeal> for <pricefor>"),
        (SentenceKind.Rates, '\0', "{PRICE} <priceunit>, [no rush|unhurried|relaxed pace|no clock watching]"),
        (SentenceKind.Contact, '\0', "[Text|Message|Reach] me [at|on] {CONTACT}"),
        (SentenceKind.Contact, '\0', "[You can reach me at|Best way to reach me is|Say hello at] {CONTACT}, <contacttail>"),
        (SentenceKind.Rules, '\0', "[No agencies|No third parties|Screening required|Be respectful|References preferred], [please|thanks|always], <ruletail>"),
        (SentenceKind.Rules, '\0', "I [see|meet] [only a few people|a few gentlemen|a handful of friends] a week, <availhow>"),
        (SentenceKind.Closer, '\0', "[Thanks for reading|Hope to hear from you|Talk soon|Have a lovely day], <addressee>"),
        (SentenceKind.Closer, '\0', "<^closer> <closertail>"),
    ]);

    /// <summary>A sentence of <paramref name="kind"/> in a network's voice (third-party hints allowed).</summary>
    public static GrammarSentence NetworkSentence(SentenceKind kind, SynthRandom rng, bool allowTags = true) =>
        Expand(Choose(Network[kind], rng, allowTags), rng);

    /// <summary>A sentence of <paramref name="kind"/> in an independent worker's voice.</summary>
    public static GrammarSentence IndependentSentence(SentenceKind kind, SynthRandom rng) =>
        Expand(Choose(Independent[kind], rng, allowTags: false), rng);

    /// <summary>An ad title; drawn per ad, so titles carry no family resemblance.</summary>
    public static string Title(SynthRandom rng)
    {
        var adj = rng.Pick(Lexicon.Lists["adj"]);
        var noun = rng.Pick(Lexicon.Lists["noun"]);
        var title = char.ToUpperInvariant(adj[0]) + adj[1..] + " " + noun + " " + rng.Pick(Lexicon.TitleTails);
        return rng.Chance(0.4) ? title + " " + rng.Pick(Lexicon.Emoji) : title;
    }

    private static Pattern Choose(Pattern[] patterns, SynthRandom rng, bool allowTags)
    {
        var plain = allowTags ? patterns : [.. patterns.Where(p => p.Tag == '\0')];
        return rng.Pick(plain.Length > 0 ? plain : patterns);
    }

    private static GrammarSentence Expand(Pattern pattern, SynthRandom rng)
    {
        var parts = new List<GrammarPart>(pattern.Parts.Length + 4);
        // An optional lead-in ("Honestly, ...") and tail (", no drama") multiply the sentences a kind can give.
        var lead = pattern.Parts[0].Kind != PartKind.Slot && pattern.Kind is not (SentenceKind.Opener or SentenceKind.Closer) && rng.Chance(0.2);
        if (lead)
        {
            parts.Add(new GrammarPart(PartKind.Pick, Lexicon.Lists["interject"], rng.Next(Lexicon.Lists["interject"].Length), LetterCase.Upper, Article: false));
            parts.Add(GrammarPart.Literal(", "));
        }

        // Two picks from one list in a sentence differ: "sweet and sweet" is no ad's wording.
        var taken = new List<(string[] List, int Index)>();
        for (var i = 0; i < pattern.Parts.Length; i++)
        {
            var part = pattern.Parts[i];
            if (part.Kind == PartKind.Pick)
            {
                var index = rng.Next(part.Choices.Length);
                if (part.Choices.Length > 1 && taken.Contains((part.Choices, index)))
                {
                    index = (index + 1 + rng.Next(part.Choices.Length - 1)) % part.Choices.Length;
                }

                taken.Add((part.Choices, index));
                part = part with { Index = index };
            }

            if (lead && i == 0)
            {
                part = part with { Case = LetterCase.Lower };
            }

            parts.Add(part);
        }

        if (rng.Chance(0.2))
        {
            parts.Add(GrammarPart.Literal(", "));
            parts.Add(new GrammarPart(PartKind.Pick, Lexicon.Lists["suffix"], rng.Next(Lexicon.Lists["suffix"].Length), LetterCase.AsWritten, false));
        }

        // Contact sentences end on a plain stop: an emoji or a smiley right after "@jade on snap" reads as more handle.
        var ends = pattern.Kind switch
        {
            SentenceKind.Opener or SentenceKind.NewInTown => Lexicon.Lists["bang"],
            SentenceKind.Contact => Lexicon.Lists["stop"],
            _ => Lexicon.Lists["end"],
        };
        var end = rng.Next(ends.Length);
        // A sentence must end with a stop of some kind: "," from the bang list would glue it to the next one.
        parts.Add(new GrammarPart(PartKind.Pick, ends, ends[end] == "," ? 0 : end, LetterCase.AsWritten, false));
        return new GrammarSentence(pattern.Kind, pattern.Tag, [.. parts]);
    }

    private static Dictionary<SentenceKind, Pattern[]> Build((SentenceKind Kind, char Tag, string Source)[] patterns) =>
        patterns.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Select(p => new Pattern(p.Kind, p.Tag, Parse(p.Source))).ToArray());

    private static GrammarPart[] Parse(string source)
    {
        var parts = new List<GrammarPart>();
        var literal = new System.Text.StringBuilder();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c is '<' or '[' or '{')
            {
                if (literal.Length > 0)
                {
                    parts.Add(GrammarPart.Literal(literal.ToString()));
                    literal.Clear();
                }

                var close = source.IndexOf(c switch { '<' => '>', '[' => ']', _ => '}' }, i);
                var body = source[(i + 1)..close];
                parts.Add(c switch
                {
                    '{' => GrammarPart.Slot(body),
                    '[' => new GrammarPart(PartKind.Pick, body.Split('|'), -1, LetterCase.AsWritten, false),
                    _ => ListPick(body),
                });
                i = close + 1;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(GrammarPart.Literal(literal.ToString()));
        }

        return [.. parts];
    }

    private static GrammarPart ListPick(string body)
    {
        var capitalize = body.StartsWith('^');
        body = capitalize ? body[1..] : body;
        var article = body.StartsWith("a:", StringComparison.Ordinal);
        body = article ? body[2..] : body;
        if (!Lexicon.Lists.TryGetValue(body, out var list))
        {
            throw new InvalidOperationException("The field grammar names an unknown list <" + body + ">.");
        }

        return new GrammarPart(PartKind.Pick, list, -1, capitalize ? LetterCase.Upper : LetterCase.AsWritten, article);
    }

    private sealed record Pattern(SentenceKind Kind, char Tag, GrammarPart[] Parts);
}
