using Ariadne.Synth.Model;

namespace Ariadne.Synth.Text;

/// <summary>
/// Benign, non-explicit classified-ad phrasing. Placeholders in braces become entities; a leading tag marks
/// the indicator a sentence carries: "y|" youth-coded language, "t|" third-party control, "n|" new in town.
/// Categories are fixed in order so a network's template reads like one ad family.
/// </summary>
internal static class Phrasebook
{
    public static string[][] Network(Lang lang) => lang switch
    {
        Lang.Es => NetworkEs,
        Lang.Fr => NetworkFr,
        Lang.Pt => NetworkPt,
        _ => NetworkEn,
    };

    public static string[][] Independent(Lang lang) => lang switch
    {
        Lang.Es => IndependentEs,
        Lang.Fr => IndependentFr,
        Lang.Pt => IndependentPt,
        _ => IndependentEn,
    };

    public static string[] Spam(Lang lang) => lang switch
    {
        Lang.Es => ["VIP acompañantes en {CITY} 24/7, todas las nacionalidades. Llama o WhatsApp {PHONE}. Desde {PRICE}.", "Las mejores chicas de {CITY}, fotos reales. Reservas {PHONE}. {PRICE} y más."],
        Lang.Fr => ["Hôtesses VIP à {CITY} 24h/24, toutes nationalités. Appel ou WhatsApp {PHONE}. À partir de {PRICE}.", "Les plus belles hôtesses de {CITY}, photos réelles. Réservations {PHONE}. {PRICE} et plus."],
        Lang.Pt => ["Acompanhantes VIP em {CITY} 24h, todas as nacionalidades. Ligue ou WhatsApp {PHONE}. A partir de {PRICE}."],
        _ => ["VIP companions in {CITY} 24/7, all nationalities. Call/WhatsApp {PHONE}. From {PRICE}.", "Hottest dates in {CITY} tonight, real pics guaranteed. Book {PHONE}. {PRICE} and up.", "Top rated {CITY} companions, outcall to all hotels. Call {PHONE}, {PRICE} specials."],
    };

    public const string SpamFooter = "*** VERIFIED 100% REAL *** DISCREET *** 24/7 ***";

    public static string Agency(Lang lang) => lang switch
    {
        Lang.Es => "Agencia {CTRL}: modelos elegantes para cenas y eventos en {CITY}. Reservas {CONTACT} o {PHONE}. Tarifa {PRICE}.",
        Lang.Fr => "Agence {CTRL} : modèles élégantes pour dîners et événements à {CITY}. Réservations {CONTACT} ou {PHONE}. Tarif {PRICE}.",
        Lang.Pt => "Agência {CTRL}: modelos elegantes para jantares e eventos em {CITY}. Reservas {CONTACT} ou {PHONE}. Preço {PRICE}.",
        _ => "{CTRL} agency: elegant models for dinner dates and events in {CITY}. Booking {CONTACT} or {PHONE}. Rate {PRICE}.",
    };

    public const string AgencyFooter = "✔ Verified agency | Licensed | All models 21+ | Discretion guaranteed";

    // Order: opener, intro (name+age), second person, location, youth, third party, price, contact, extra, closer.
    private static readonly string[][] NetworkEn =
    [
        ["n|New in town!!", "n|Just arrived!", "Hello gentlemen,", "Special this week only!", "Don't miss out!!"],
        ["Sweet and classy {NAME}, {AGE}.", "y|Meet {NAME}, {AGE}, fresh and new to this.", "y|{NAME} is here, {AGE}, young and fun.", "t|My girls are here: ask for {NAME}, {AGE}."],
        ["Also with her friend {NAME2}.", "Ask for {NAME2} too, she is sweet.", "2 girl special with {NAME2}."],
        ["Visiting {CITY} for a short time.", "Now in {CITY}, incall/outcall.", "Available now in {CITY}.", "n|In {CITY} this week only."],
        ["y|Young, fresh and new to this.", "y|Brand new girl, first time here.", "y|Petite and young looking."],
        ["t|Call my manager to book.", "t|Booking through me only, my girls are real.", "t|Serious gentlemen only, I handle all bookings for my girls."],
        ["Specials {PRICE}.", "{PRICE}, no negotiating.", "Rates: {PRICE}."],
        ["Call or text {PHONE}.", "Book now {PHONE}.", "Txt {PHONE} (no blocked calls)."],
        ["Deposit by {WALLET} only.", "Also on {CONTACT}.", "Pics on {CONTACT}."],
        ["New pics, 100% real.", "Available 24/7.", "No law enforcement."],
    ];

    private static readonly string[][] NetworkEs =
    [
        ["n|¡Nueva en la ciudad!", "n|¡Recién llegada!", "Hola caballeros,", "¡Solo esta semana!"],
        ["Dulce y elegante {NAME}, {AGE}.", "y|Conoce a {NAME}, {AGE}, jovencita y nueva en esto.", "t|Mis chicas están aquí: pregunta por {NAME}, {AGE}."],
        ["Con su amiga {NAME2}.", "Pregunta también por {NAME2}."],
        ["De visita en {CITY} por poco tiempo.", "Ahora en {CITY}, hotel y domicilio.", "Disponible ya en {CITY}."],
        ["y|Jovencita, fresca y nueva.", "y|Chica nueva, primera vez aquí."],
        ["t|Llama a mi encargado para reservar.", "t|Reservas solo conmigo, mis chicas son reales."],
        ["Promoción {PRICE}.", "{PRICE}, sin regatear.", "Tarifa: {PRICE}."],
        ["Llama o escribe al {PHONE}.", "Reserva ya {PHONE}.", "WhatsApp {PHONE}."],
        ["Depósito por {WALLET}.", "También en {CONTACT}."],
        ["Fotos nuevas, 100% reales.", "Disponible 24/7."],
    ];

    private static readonly string[][] NetworkFr =
    [
        ["n|Nouvelle en ville !", "n|Tout juste arrivée !", "Bonsoir messieurs,", "Cette semaine seulement !"],
        ["Douce et classe, {NAME}, {AGE}.", "y|Voici {NAME}, {AGE}, jeune et nouvelle.", "t|Mes filles sont là : demandez {NAME}, {AGE}."],
        ["Avec son amie {NAME2}.", "Demandez aussi {NAME2}."],
        ["De passage à {CITY} pour peu de temps.", "Maintenant à {CITY}, reçoit et se déplace.", "Disponible à {CITY}."],
        ["y|Jeune, fraîche et nouvelle.", "y|Toute nouvelle, première fois ici."],
        ["t|Appelez mon manager pour réserver.", "t|Réservations uniquement avec moi, mes filles sont réelles."],
        ["Promo {PRICE}.", "{PRICE}, non négociable.", "Tarif : {PRICE}."],
        ["Appel ou SMS au {PHONE}.", "Réservez au {PHONE}.", "WhatsApp {PHONE}."],
        ["Acompte en {WALLET}.", "Aussi sur {CONTACT}."],
        ["Nouvelles photos, 100% réelles.", "Disponible 24h/24."],
    ];

    private static readonly string[][] NetworkPt =
    [
        ["n|Novidade na cidade!", "n|Acabou de chegar!", "Olá cavalheiros,"],
        ["Doce e elegante {NAME}, {AGE}.", "y|Conheça {NAME}, {AGE}, novinha e nova nisto.", "t|As minhas meninas estão aqui: pergunte pela {NAME}, {AGE}."],
        ["Com a amiga {NAME2}.", "Pergunte também pela {NAME2}."],
        ["De passagem por {CITY}.", "Agora em {CITY}, local próprio e hotel."],
        ["y|Novinha e fresquinha.", "y|Menina nova, primeira vez aqui."],
        ["t|Ligue para o meu gerente para marcar.", "t|Marcações só comigo."],
        ["Promoção {PRICE}.", "Preço: {PRICE}."],
        ["Ligue ou mande mensagem {PHONE}.", "WhatsApp {PHONE}."],
        ["Depósito em {WALLET}.", "Também no {CONTACT}."],
        ["Fotos novas, 100% reais."],
    ];

    // Independents: intro, self-description, personal touch, price, contact, boundary. Each worker picks her
    // own subset and order, plus a unique flourish built from the word lists below.
    private static readonly string[][] IndependentEn =
    [
        ["Hi, I'm {NAME}, {AGE}.", "Hello there! My name is {NAME}, {AGE}.", "{NAME} here, {AGE}."],
        ["Independent and easygoing, based in {CITY}.", "Relaxed, discreet and independent in {CITY}.", "Local {CITY} girl, independent."],
        ["I see a few people a week, by appointment only.", "Please be respectful and on time.", "I like good conversation and a slow pace."],
        ["My rates: {PRICE}.", "{PRICE}, no rush.", "Donation {PRICE}."],
        ["Text me at {PHONE}.", "You can reach me at {PHONE} or {CONTACT}.", "Message me: {CONTACT}."],
        ["No agencies, no third parties, please.", "Screening required.", "Thanks for reading!"],
    ];

    private static readonly string[][] IndependentEs =
    [
        ["Hola, soy {NAME}, {AGE}.", "Me llamo {NAME}, {AGE}."],
        ["Independiente y tranquila, vivo en {CITY}.", "Discreta e independiente en {CITY}."],
        ["Atiendo con cita previa.", "Me gusta la buena conversación."],
        ["Mi tarifa: {PRICE}.", "{PRICE}, sin prisas."],
        ["Escríbeme al {PHONE}.", "Contacto: {PHONE} o {CONTACT}.", "Mensaje: {CONTACT}."],
        ["Sin agencias, por favor.", "¡Gracias por leer!"],
    ];

    private static readonly string[][] IndependentFr =
    [
        ["Bonjour, je suis {NAME}, {AGE}.", "Je m'appelle {NAME}, {AGE}."],
        ["Indépendante et discrète, à {CITY}.", "Indépendante et douce, basée à {CITY}."],
        ["Sur rendez-vous uniquement.", "J'aime prendre mon temps."],
        ["Mes tarifs : {PRICE}.", "{PRICE}, sans presse."],
        ["Écrivez-moi au {PHONE}.", "Contact : {PHONE} ou {CONTACT}.", "Message : {CONTACT}."],
        ["Pas d'agences, merci.", "Merci de votre lecture !"],
    ];

    private static readonly string[][] IndependentPt =
    [
        ["Olá, sou a {NAME}, {AGE}.", "Chamo-me {NAME}, {AGE}."],
        ["Independente e discreta, em {CITY}.", "Independente e tranquila em {CITY}."],
        ["Só com marcação.", "Gosto de boa conversa."],
        ["O meu preço: {PRICE}.", "{PRICE}, sem pressa."],
        ["Mande mensagem para {PHONE}.", "Contacto: {PHONE} ou {CONTACT}."],
        ["Sem agências, por favor.", "Obrigada por ler!"],
    ];

    public static readonly string[] Flourish =
    [
        "bookworm", "yoga", "jazz", "hiking", "cooking", "museums", "red wine", "old movies", "poetry", "dancing",
        "travel", "tennis", "gardening", "photography", "cats", "coffee", "painting", "vinyl records", "sushi", "the beach",
        "board games", "sunsets", "ballet", "karaoke", "baking", "astronomy", "languages", "thrift shops", "road trips", "tea",
    ];

    public static readonly string[] Adjectives =
    [
        "warm", "witty", "curious", "playful", "elegant", "calm", "bubbly", "thoughtful", "sporty", "artsy", "cheerful",
        "gentle", "bright", "easygoing", "chatty", "romantic", "down to earth", "classy", "sweet", "funny",
    ];

    public static readonly string[] TitlesNetwork = ["New in town 🌸", "Sweet & classy, available now", "Just arrived - new pics", "Special this week 💋", "Nueva en la ciudad ✨", "Nouvelle en ville", "Novidade 🌺"];

    public static readonly string[] TitlesIndependent = ["Independent, relaxed & discreet", "Unhurried company", "Your girl next door", "Independiente y discreta", "Indépendante", "Independente", "Good vibes only"];

    public static readonly string[] TitlesSpam = ["VIP ★ 24/7 ★ ALL NATIONALITIES", "★ BEST GIRLS IN TOWN ★", "VERIFIED ★ REAL PICS"];

    public static readonly string[] Names =
    [
        "Jade", "Lily", "Mia", "Sofia", "Camila", "Chloé", "Léa", "Inês", "Valentina", "Ruby", "Amber", "Bella", "Luna",
        "Nina", "Eva", "Zoe", "Maya", "Ivy", "Stella", "Aria", "Daisy", "Rosa", "Lucía", "Manon", "Clara", "Beatriz",
        "Jasmine", "Skye", "Naomi", "Gabi", "Paola", "Élodie", "Marta", "Carla", "Dani", "Kiki", "Lola", "Coco", "Vicky",
        "Sasha", "Tina", "Giselle", "Renata", "Yara", "Alina", "Noémie", "Sabrina", "Talia", "Hana", "Kira",
    ];

    public static readonly string[] Controllers = ["Rico", "Manny", "Vince", "Dre", "Tony", "Marco", "Sly", "Nico", "Big J", "Frankie", "Leo", "Chino"];

    public static readonly string[] Agencies = ["Velvet Elite", "Diamond VIP", "Golden Rose", "Silk & Pearl", "Crown Companions", "Platinum Dates"];

    public static readonly string[] UserSuffixes = ["rose", "luv", "xo", "baby", "star", "doll", "angel", "vip", "bloom", "kiss", "sky", "moon"];
}
