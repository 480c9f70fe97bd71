namespace Ariadne.Synth.Field;

/// <summary>
/// Word and phrase lists the field grammar draws from (patterns name them as &lt;list&gt;). Benign, non-explicit
/// classified-ad wording. Lists are long so that sentences drawn for different posters rarely coincide; they hold no
/// digits and no spelled digit words ("one", "oh"…), which a phone scanner would read as part of a number.
/// </summary>
internal static class Lexicon
{
    public static readonly IReadOnlyDictionary<string, string[]> Lists = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["greet"] =
        [
            "hello", "hi", "hey", "hey there", "hi there", "good evening", "evening", "greetings", "welcome", "hiya",
            "well hello", "howdy", "hey you", "hello again", "good day", "hey hey", "salutations", "hello hello",
        ],
        ["addressee"] =
        [
            "gentlemen", "gents", "guys", "fellas", "handsome", "boys", "sweetheart", "everyone", "friends", "darling",
            "love", "travellers", "sir", "honey", "stranger", "my dears", "lucky man", "night owls", "busy men",
        ],
        ["bang"] = ["!", "!!", ",", " ~", "...", " :)", "!!!", "."],
        ["end"] = [".", "!", ".", "!!", " ♡", ".", " :)", "..."],
        ["stop"] = [".", "!", ".", "..."],
        ["hook"] =
        [
            "your search ends here", "this is the ad you were waiting for", "stop scrolling", "read this first",
            "treat yourself tonight", "it's your lucky day", "you found me", "make tonight special", "time to relax",
            "let's make a memory", "come say hello", "don't be shy", "good things are waiting", "the wait is over",
            "you deserve a break", "forget the rest", "look no further", "your evening just got better",
            "say goodbye to boring nights", "something sweet is in town",
        ],
        ["adj"] =
        [
            "sweet", "classy", "bubbly", "elegant", "playful", "charming", "friendly", "gorgeous", "petite", "curvy",
            "sporty", "stunning", "warm", "witty", "cheeky", "graceful", "radiant", "down to earth", "easygoing",
            "glamorous", "lovely", "bright", "adventurous", "sophisticated", "sunny", "gentle", "fun loving", "polished",
            "laid back", "spirited", "tall", "slim", "caring", "flirty", "chatty", "relaxed", "exotic", "sassy",
            "open minded", "attentive",
        ],
        ["noun"] =
        [
            "girl", "lady", "companion", "brunette", "blonde", "redhead", "beauty", "sweetheart", "doll", "angel",
            "treat", "muse", "date", "girlfriend", "princess", "goddess", "sunshine", "firecracker",
        ],
        ["extra"] =
        [
            "with a big smile", "with a soft voice", "with long hair", "with a warm heart", "with a great laugh",
            "with sparkling eyes", "with killer style", "with a gentle touch", "with endless energy", "with a sunny mood",
            "from the islands", "from down south", "from out west", "from the coast", "from overseas",
            "from a small town", "fresh from the big city", "with a southern accent", "with a wicked sense of humor",
            "with curves in all the right places", "with a heart of gold", "who loves to laugh",
        ],
        ["cityverb"] =
        [
            "visiting", "now in", "staying in", "just landed in", "touring", "passing through", "back in", "finally in",
            "here in", "currently in", "spending a little time in", "settled in", "travelling through", "back again in",
        ],
        ["duration"] =
        [
            "for a few days", "this week only", "until Sunday", "for a short stay", "for the weekend",
            "for a limited time", "for a couple of nights", "all week", "until the end of the month", "while it lasts",
            "for a quick visit", "through the weekend", "until Friday", "for a little while", "before I fly out",
        ],
        ["service"] =
        [
            "incall and outcall", "incall only", "outcall to hotels", "upscale incall", "private incall near downtown",
            "hotel visits welcome", "outcall to your place", "clean and private location", "discreet upscale suite",
            "quiet incall by the airport", "close to the freeway", "near the mall", "safe and discreet place",
            "outcall across the metro area", "cozy private studio",
        ],
        ["placetail"] =
        [
            "parking available", "easy to find", "safe and clean", "ask for directions", "close to everything",
            "plenty of parking", "just off the highway", "in a quiet area", "minutes from downtown", "right by the station",
            "in a nice part of town", "with a view",
        ],
        ["activity"] =
        [
            "a glass of wine", "a long chat", "a slow dinner", "a walk by the water", "some good music",
            "a movie night", "a coffee date", "a relaxing evening", "a dance", "a good laugh", "good conversation",
            "a sunset drink", "a lazy afternoon", "a night out", "a quiet drink", "a cozy night in",
        ],
        ["feel"] =
        [
            "feel easy", "feel special", "feel like a vacation", "feel unhurried", "feel like home",
            "feel like a first date", "feel memorable", "feel relaxed", "feel like the best part of the week",
            "feel effortless",
        ],
        ["availwhen"] =
        [
            "late nights", "from noon till late", "mornings and evenings", "around the clock", "after dinner",
            "most afternoons", "early and late", "on short notice", "weekdays and weekends", "all night long",
            "from lunch time on", "until the early hours", "every evening", "most days",
        ],
        ["availhow"] =
        [
            "by appointment", "walk-ins welcome", "same-day bookings", "with a little notice",
            "for the right gentleman", "for respectful callers", "no appointment needed", "with advance notice",
            "for generous gentlemen", "for mature men only",
        ],
        ["rulewhat"] =
        [
            "rushing", "blocked calls", "haggling", "explicit talk", "last-minute cancellations", "rude messages",
            "time wasters", "group requests", "photo requests", "negotiating", "hidden numbers", "games",
        ],
        ["ruletail"] =
        [
            "please", "thank you", "respect is a must", "no exceptions", "it's that simple", "you will be ignored",
            "I mean it", "be a gentleman", "sorry not sorry", "keep it classy",
        ],
        ["closer"] =
        [
            "don't miss out", "see you soon", "kisses", "make it a night to remember", "can't wait to meet you",
            "treat yourself", "you deserve it", "come and see", "until then", "your next favorite",
            "catch me while you can", "be mine tonight", "don't keep me waiting", "let's have fun",
        ],
        ["closertail"] = ["xoxo", "babe", "love", "hun", "sweetie", "♡", ";)", "mwah", "darling"],
        ["pricelabel"] = ["rates", "donations", "specials", "fees", "gifts", "prices", "my rates", "my fees"],
        ["pricestart"] = ["start at", "from", "begin at", "are", "starting at"],
        ["priceunit"] =
        [
            "for the hour", "per hour", "for a short visit", "for a quick stop", "for half an hour",
            "for a full evening", "for a dinner date", "for a short stay", "for an express visit", "for the night",
        ],
        ["pricedeal"] = ["discounts", "specials", "deals", "better rates", "sweet deals", "little extras"],
        ["pricefor"] =
        [
            "regulars", "early bookings", "longer dates", "repeat friends", "overnights", "veterans",
            "first-timers", "weekday mornings", "returning gentlemen", "rainy days",
        ],
        ["pricefirm"] = ["no haggling", "firm", "non negotiable", "all inclusive", "worth every penny", "fair and simple"],
        ["contactverb"] = ["text", "call or text", "message", "reach", "contact", "ping", "text or call", "find"],
        ["contacttail"] =
        [
            "no blocked numbers", "texts only", "serious inquiries only", "no private numbers", "I reply fast",
            "quick replies", "leave a message", "say hi first", "mention this ad", "no emails please",
            "tell me your name", "real people only", "be polite",
        ],
        ["contactwhen"] =
        [
            "anytime", "day or night", "after noon", "before midnight", "this week", "while I'm in town", "any day",
            "in the evening", "most hours", "early or late", "whenever you like", "for tonight",
        ],
        ["paywhy"] =
        [
            "to hold your time", "before we meet", "for new clients", "no exceptions", "to secure the booking",
            "for outcalls", "for first dates", "to confirm", "required", "only",
        ],
        ["booking"] = ["booking", "scheduling", "arrangements", "all bookings", "appointments"],
        ["bookingby"] =
        [
            "through me only", "handled by me", "done by my assistant", "through our driver", "through the front desk",
            "handled by management", "by text with me", "done by my manager",
        ],
        ["realclaim"] =
        [
            "my girls are real", "the girls are real", "every photo is real", "what you see is what you get",
            "all photos are recent", "the ladies are verified", "no fake pics", "real girls only",
        ],
        ["availnote"] =
        [
            "no need to rush", "the earlier the better", "weekends fill up fast", "evenings book quickly",
            "last minute is fine", "I'll make time for you", "schedule ahead if you can", "mornings are quiet",
        ],
        ["contactlead"] = ["for bookings", "to book", "for a date", "questions", "to set up a time", "for availability", "booking"],
        ["youngadj"] = ["young", "youthful", "petite", "young looking", "fresh faced"],
        ["booker"] = ["my booker", "my manager", "my assistant", "the front desk", "our driver", "my friend", "our host"],
        ["team"] = ["my girls", "the ladies", "our team", "the girls", "all my ladies"],
        ["hobby"] =
        [
            "yoga", "jazz", "hiking", "cooking", "museums", "red wine", "old movies", "poetry", "dancing", "travel",
            "tennis", "gardening", "photography", "cats", "coffee", "painting", "vinyl records", "sushi", "the beach",
            "board games", "sunsets", "ballet", "karaoke", "baking", "astronomy", "languages", "thrift shops",
            "road trips", "tea", "live music", "long walks", "fashion",
        ],
        ["interject"] =
        [
            "honestly", "trust me", "no games", "good news", "heads up", "guess what", "real talk", "lucky you",
            "quick note", "for real", "just so you know", "believe it",
        ],
        ["suffix"] =
        [
            "so don't wait", "you won't regret it", "that's a promise", "as always", "every single time", "guaranteed",
            "and that's the truth", "just ask", "no drama", "with a smile", "day or night", "no pressure",
        ],
        ["friend"] = ["friend", "bestie", "roommate", "girlfriend", "partner in crime", "travel buddy"],
        ["woman"] = ["woman", "lady", "companion", "girl", "soul"],
    };

    /// <summary>Filler lines anyone may drop between sentences: shared by every poster, so they say nothing about who wrote the ad.</summary>
    public static readonly string[] Fillers =
    [
        "new in town", "call me now", "available now", "text me", "real pics", "incall/outcall", "no games",
        "serious only", "new pics", "limited time", "don't miss out", "come see me", "upscale", "discreet",
        "fun & friendly", "last night in town", "ask about specials", "open late", "no rush", "outcall only",
        "clean & classy", "xoxo", "book now", "tonight only", "VIP", "100% real", "no drama", "sweet & fun",
    ];

    public static readonly string[] Emoji = ["🌷", "⭐", "💋", "✨", "❤️", "🔥", "💕", "🌸", "😘", "💎", "🥂", "👑", "💖", "🌹", "😉"];

    public static readonly string[] TitleTails =
    [
        "available now", "in town", "new pics", "just arrived", "here tonight", "this week only", "come play",
        "waiting for you", "back in town", "book now", "limited time", "your favorite", "real and ready",
    ];
}
