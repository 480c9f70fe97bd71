using Ariadne.Synth.Model;
using Ariadne.Synth.Text;

namespace Ariadne.Synth.Field;

/// <summary>
/// Writes one field ad: grammar sentences with their slots filled, filler lines, emoji, typos in literal words, and
/// the phones, handles and e-mails the ad's <see cref="ContactMode"/> allows. Entities go through
/// <see cref="TextBuilder"/>, so every span in the truth is exact whatever the noise did around it.
/// </summary>
internal sealed class FieldComposer
{
    // Shares of entities written in a wider form (see WiderForms), as in the classic profile.
    private const double WiderPhone = 0.35;
    private const double WiderOther = 0.2;

    private readonly Owner _owner;
    private readonly City _city;
    private readonly SynthRandom _rng;
    private readonly SynthRandom _surface;
    private readonly TextBuilder _tb = new();

    public FieldComposer(Owner owner, City city, SynthRandom rng, SynthRandom surface)
    {
        _owner = owner;
        _city = city;
        _rng = rng;
        _surface = surface;
    }

    public TextBuilder Builder => _tb;

    public SortedSet<string> Indicators { get; } = new(StringComparer.Ordinal);

    public Person? Person { get; set; }

    public Person? Person2 { get; set; }

    public int StatedAge { get; set; }

    public bool AllowJustTurned18 { get; set; }

    public double TypoRate { get; set; }

    public ContactMode Contact { get; set; }

    /// <summary>The phones {CONTACT} writes in phone modes: one, or two around an era change or with a main line.</summary>
    public IReadOnlyList<PhoneNumber> Phones { get; set; } = [];

    /// <summary>True when <see cref="Phones"/> holds an old and a new number (old first).</summary>
    public bool Handover { get; set; }

    public void Sentence(GrammarSentence sentence, string separator)
    {
        switch (sentence.Tag)
        {
            case 'y':
                Indicators.Add("youth_language");
                break;
            case 't':
                Indicators.Add("third_party");
                break;
            case 'n':
                Indicators.Add("new_in_town");
                break;
        }

        Separator(separator);
        var literal = new System.Text.StringBuilder();
        var afterSlot = false;
        foreach (var part in sentence.Parts)
        {
            if (part.Kind != PartKind.Slot)
            {
                literal.Append(part.Text);
                continue;
            }

            Flush(literal, afterSlot, beforeSlot: true);
            Slot(part.Text);
            afterSlot = true;
        }

        Flush(literal, afterSlot, beforeSlot: false);
    }

    /// <summary>A line from the common pool, as posted (no typos: people paste these).</summary>
    public void Line(string text, string separator)
    {
        Separator(separator);
        _tb.Append(text);
    }

    public void Raw(string text) => _tb.Append(text);

    private void Separator(string separator)
    {
        if (_tb.Length > 0)
        {
            _tb.Append(separator);
        }
    }

    private void Flush(System.Text.StringBuilder literal, bool afterSlot, bool beforeSlot)
    {
        if (literal.Length > 0)
        {
            _tb.Append(Typos.Apply(literal.ToString(), TypoRate, _rng, keepFirstWords: afterSlot ? 1 : 0, keepLastWords: beforeSlot ? 2 : 0));
            literal.Clear();
        }
    }

    private void Slot(string name)
    {
        switch (name)
        {
            case "NAME":
                _tb.Entity("name", Person!.Name, Person.Name);
                break;
            case "NAME2":
                var second = Person2 ?? Person!;
                _tb.Entity("name", second.Name, second.Name);
                Indicators.Add("multiple_persons");
                break;
            case "AGE":
                if (AllowJustTurned18 && StatedAge == 18 && _rng.Chance(0.4))
                {
                    _tb.Entity("age", "18", "just turned 18");
                    Indicators.Add("just_turned_18");
                }
                else
                {
                    EntityWriters.Age(_tb, Lang.En, StatedAge, _rng);
                }

                break;
            case "CITY":
                EntityWriters.Location(_tb, _city, _rng);
                break;
            case "PRICE":
                var amount = EntityWriters.PriceAmount(_city, _owner.BasePrice, _rng);
                if (_surface.Chance(WiderOther))
                {
                    var (value, surface) = WiderForms.Price(_city, amount, Lang.En, _surface);
                    _tb.Entity("price", value, surface);
                }
                else
                {
                    EntityWriters.Price(_tb, _city, amount, _owner.PriceStyle, _rng);
                }

                break;
            case "CONTACT":
                ContactSlot();
                break;
            case "WALLET":
                var wallet = _rng.Pick(_owner.Wallets);
                _tb.Append(WalletFactory.Label(wallet.Value) + " ").Entity("crypto", wallet.Value, wallet.Surface);
                Indicators.Add("crypto_payment");
                break;
            default:
                throw new InvalidOperationException("Unknown slot {" + name + "} in the field grammar.");
        }
    }

    private void ContactSlot()
    {
        if (Contact is ContactMode.HandleOrEmail or ContactMode.None || Phones.Count == 0)
        {
            HandleOrEmail();
            return;
        }

        if (Phones.Count == 1)
        {
            Phone(Phones[0]);
            return;
        }

        // Two numbers: an era change ("new number …, old …") or the era phone beside the main line. Joined by a
        // comma, a stop or a line break, as ads do, never by a bare word a phone scanner could read through.
        var (first, second, join) = Handover
            ? _rng.Next(3) switch
            {
                0 => (Phones[1], Phones[0], ", old number "),
                1 => (Phones[0], Phones[1], ". NEW NUMBER "),
                _ => (Phones[1], Phones[0], "\nold: "),
            }
            : _rng.Chance(0.5) ? (Phones[0], Phones[1], ", or ") : (Phones[1], Phones[0], ". Also ");
        Phone(first);
        _tb.Append(join);
        Phone(second);
    }

    private void Phone(PhoneNumber phone)
    {
        var home = phone.IsHome(_city.Country);
        if (Contact == ContactMode.Obfuscated)
        {
            var surface = PhoneWriter.Obfuscated(phone, home, Lang.En, _rng);
            if (_surface.Chance(WiderPhone))
            {
                surface = WiderForms.Phone(phone, home, Lang.En, _surface);
            }

            _tb.Entity("phone", phone.E164, surface, obfuscated: true);
            Indicators.Add("obscured_phone");
        }
        else if (_rng.Chance(0.06))
        {
            // WhatsApp click-to-chat links carry the full international number without '+'.
            _tb.Entity("phone", phone.E164, "wa.me/" + phone.CallingCode + phone.National);
        }
        else
        {
            _tb.Entity("phone", phone.E164, PhoneWriter.Plain(phone, home, _rng));
        }
    }

    /// <summary>A handle or e-mail of the owner; "DM" when it has neither (nothing an extractor could find).</summary>
    public void HandleOrEmail()
    {
        var useEmail = _owner.Emails.Count > 0 && (_owner.Handles.Count == 0 || _rng.Chance(0.4));
        if (useEmail)
        {
            var address = _rng.Pick(_owner.Emails);
            if (_surface.Chance(WiderOther))
            {
                _tb.Entity("email", address, WiderForms.Email(address, Lang.En, _surface), obfuscated: true);
            }
            else
            {
                EntityWriters.Email(_tb, address, _rng, allowObfuscation: true);
            }
        }
        else if (_owner.Handles.Count > 0)
        {
            var (platform, user) = _rng.Pick(_owner.Handles);
            if (_surface.Chance(WiderOther))
            {
                _tb.Entity("handle", platform + ":" + user, WiderForms.Handle(platform, user, _surface));
            }
            else
            {
                EntityWriters.Handle(_tb, platform, user, _rng);
            }
        }
        else
        {
            _tb.Append("DM");
        }
    }
}
