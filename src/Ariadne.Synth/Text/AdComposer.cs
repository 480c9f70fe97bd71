using Ariadne.Synth.Model;

namespace Ariadne.Synth.Text;

/// <summary>
/// Turns an owner's sentences into ad text, inserting entities through <see cref="TextBuilder"/> so every
/// span is exact. One composer per ad: it carries the choices (person, phone, city) placeholders resolve to.
/// </summary>
internal sealed class AdComposer
{
    private readonly Owner _owner;
    private readonly City _city;
    private readonly SynthRandom _rng;
    private readonly TextBuilder _tb = new();
    private readonly SortedSet<string> _indicators = new(StringComparer.Ordinal);

    public AdComposer(Owner owner, City city, SynthRandom rng)
    {
        _owner = owner;
        _city = city;
        _rng = rng;
    }

    public Person? Person { get; set; }

    public Person? Person2 { get; set; }

    public int StatedAge { get; set; }

    public double ObfuscatePhone { get; set; }

    public bool AllowJustTurned18 { get; set; }

    /// <summary>The ad's stream for <see cref="WiderForms"/>; null writes only the classic forms.</summary>
    public SynthRandom? Surface { get; set; }

    // Shares of entities written in a wider form (see WiderForms).
    private const double WiderPhone = 0.35;
    private const double WiderOther = 0.2;

    public TextBuilder Builder => _tb;

    public SortedSet<string> Indicators => _indicators;

    public void Sentence(string raw)
    {
        var text = raw;
        if (text.Length > 2 && text[1] == '|')
        {
            _indicators.Add(text[0] switch { 'y' => "youth_language", 't' => "third_party", _ => "new_in_town" });
            text = text[2..];
        }

        if (_tb.Length > 0)
        {
            _tb.Append(" ");
        }

        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            if (open < 0)
            {
                _tb.Append(text[at..]);
                break;
            }

            _tb.Append(text[at..open]);
            var close = text.IndexOf('}', open);
            Placeholder(text[(open + 1)..close]);
            at = close + 1;
        }
    }

    public void Raw(string text) => _tb.Append(text);

    private void Placeholder(string name)
    {
        switch (name)
        {
            case "NAME":
                _tb.Entity("name", Person!.Name, Person.Name);
                break;
            case "NAME2":
                var second = Person2 ?? Person!;
                _tb.Entity("name", second.Name, second.Name);
                _indicators.Add("multiple_persons");
                break;
            case "AGE":
                if (AllowJustTurned18 && StatedAge == 18 && _owner.Lang == Lang.En && _rng.Chance(0.4))
                {
                    _tb.Entity("age", "18", "just turned 18");
                    _indicators.Add("just_turned_18");
                }
                else
                {
                    EntityWriters.Age(_tb, _owner.Lang, StatedAge, _rng);
                }

                break;
            case "CITY":
                EntityWriters.Location(_tb, _city, _rng);
                break;
            case "PRICE":
                var amount = EntityWriters.PriceAmount(_city, _owner.BasePrice, _rng);
                var classic = new TextBuilder();
                EntityWriters.Price(classic, _city, amount, _owner.PriceStyle, _rng);
                if (Surface is not null && Surface.Chance(WiderOther))
                {
                    var (value, surface) = WiderForms.Price(_city, amount, _owner.Lang, Surface);
                    _tb.Entity("price", value, surface);
                }
                else
                {
                    _tb.AppendFrom(classic);
                }

                break;
            case "PHONE":
                Phone();
                break;
            case "CONTACT":
                Contact();
                break;
            case "WALLET":
                var wallet = _rng.Pick(_owner.Wallets);
                _tb.Append(WalletFactory.Label(wallet.Value) + " ").Entity("crypto", wallet.Value, wallet.Surface);
                _indicators.Add("crypto_payment");
                break;
            case "CTRL":
                _tb.Append(_owner.Controller);
                break;
            default:
                throw new InvalidOperationException("Unknown placeholder {" + name + "} in the phrasebook.");
        }
    }

    private void Phone()
    {
        if (_owner.Phones.Count == 0)
        {
            Contact();
            return;
        }

        var phone = _rng.Pick(_owner.Phones);
        var home = phone.IsHome(_city.Country);
        if (_rng.Chance(0.06))
        {
            // WhatsApp click-to-chat links carry the full international number without '+'.
            _tb.Entity("phone", phone.E164, "wa.me/" + phone.CallingCode + phone.National);
        }
        else if (_rng.Chance(ObfuscatePhone))
        {
            var surface = PhoneWriter.Obfuscated(phone, home, _owner.Lang, _rng);
            if (Surface is not null && Surface.Chance(WiderPhone))
            {
                surface = WiderForms.Phone(phone, home, _owner.Lang, Surface);
            }

            _tb.Entity("phone", phone.E164, surface, obfuscated: true);
            _indicators.Add("obscured_phone");
        }
        else
        {
            _tb.Entity("phone", phone.E164, PhoneWriter.Plain(phone, home, _rng));
        }
    }

    private void Contact()
    {
        var useEmail = _owner.Emails.Count > 0 && (_owner.Handles.Count == 0 || _rng.Chance(0.4));
        if (useEmail)
        {
            var address = _rng.Pick(_owner.Emails);
            var classic = new TextBuilder();
            EntityWriters.Email(classic, address, _rng, allowObfuscation: true);
            if (Surface is not null && Surface.Chance(WiderOther))
            {
                _tb.Entity("email", address, WiderForms.Email(address, _owner.Lang, Surface), obfuscated: true);
            }
            else
            {
                _tb.AppendFrom(classic);
            }
        }
        else if (_owner.Handles.Count > 0)
        {
            var (platform, user) = _rng.Pick(_owner.Handles);
            var classic = new TextBuilder();
            EntityWriters.Handle(classic, platform, user, _rng);
            if (Surface is not null && Surface.Chance(WiderOther))
            {
                _tb.Entity("handle", platform + ":" + user, WiderForms.Handle(platform, user, Surface));
            }
            else
            {
                _tb.AppendFrom(classic);
            }
        }
        else
        {
            _tb.Append("DM");
        }
    }
}
