# Builds hard_cases.jsonl from the readable list below: {{type|value|surface}} marks an expected entity
# ("!" after the type marks it obfuscated). Offsets are computed here in UTF-16 units, so cases stay editable.
# Run: python3 make_hard_cases.py > hard_cases.jsonl   (all texts are made up; fiction phone ranges only)
import json, re, sys

CASES = [
 ("US", "Call {{phone|+17135550142|713-555-0142}} tonight"),
 ("US", "call me at {{phone!|+17135550123|seven one three, five five five, oh one two three}}"),
 ("US", "txt {{phone!|+17135550123|7l3-555-Ol23}} no blocked"),
 ("US", "{{phone!|+17135550123|７１３ ５５５ ０１２３}} fullwidth"),
 ("US", "{{phone!|+17135550123|𝟕𝟏𝟑 𝟓𝟓𝟓 𝟎𝟏𝟐𝟑}}"),
 ("US", "number {{phone!|+17135550123|⑦①③ ⑤⑤⑤ ⓪①②③}}"),
 ("US", "{{phone!|+17135550123|7️⃣1️⃣3️⃣  5️⃣5️⃣5️⃣  0️⃣1️⃣2️⃣3️⃣}} text only"),
 ("US", "reach me {{phone!|+17135550123|seven 1 three five 5 five ZERO1two3}}"),
 ("US", "{{phone!|+17135550123|713..555--0123}}"),
 ("US", "{{phone!|+17135550123|7-1-3-5-5-5-0-1-2-3}}"),
 ("US", "{{phone!|+17135550123|713_555_0123}}"),
 ("US", "Book: {{phone|+12145550188|(214) 555-0188}}"),
 ("US", "Book: {{phone|+12145550188|+1 214 555 0188}}"),
 ("US", "Book {{phone|+12145550188|1-214-555-0188}} now"),
 ("CA", "appelez {{phone!|+15145550177|cinq un quatre cinq cinq cinq zéro un sept sept}}"),
 ("MX", "llama {{phone!|+17135550133|+1 siete uno tres cinco cinco cinco cero uno tres tres}}"),
 ("PT", "liga {{phone!|+61491570456|+61 quatro nove um cinco sete zero quatro cinco seis}}"),
 ("AU", "call {{phone|+61491570123|0491 570 123}} anytime"),
 ("AU", "call {{phone!|+61491570123|zero four nine one five seven zero one two three}}"),
 ("GB", "WhatsApp {{phone|+17025550111|+1 702 555 0111}} only"),
 ("US", "whatsapp me {{phone|+13055550166|wa.me/13055550166}}"),
 ("US", "Rates {{price|200 USD|$200}}/hr, 300 for 2 hrs, posted 2026-08-14 21:35, ad id 55501234567"),
 ("US", "Open 10:00-22:00, zip 77002, 100% real, call after 9"),
 ("US", "Order #7135550142 shipped on 08/14/2026"),
 ("US", "Wallet {{crypto|btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4|bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4}} is not a phone"),
 ("FR", "Réservez au {{phone|+33612345678|06 12 34 56 78}}"),
 ("ES", "Llama al {{phone|+34612345678|612 345 678}}"),
 ("US", "Email {{email|jade@example.com|jade@example.com}} or {{email!|jade.rose@example.org|jade.rose [at] example [dot] org}}"),
 ("US", "write to {{email!|jane@example.com|jane at example dot com}}"),
 ("US", "{{email!|jane_doe@example.net|jane_doe(at)example(dot)net}} for pics"),
 ("US", "{{email!|jane@example.com|JANE AT EXAMPLE DOT COM}}"),
 ("US", "{{email|jane.doe@example.com|Jane.Doe@Example.com}}"),
 ("US", "meet me at the hotel at noon dot"),
 ("US", "{{handle|instagram:jade_rose|IG @jade_rose}} is my only account; email is not @ all"),
 ("US", "{{handle|instagram:jade_rose|IG @jade_rose}} and {{handle|snapchat:jane.doe__|snap: jane.doe__}}"),
 ("US", "{{handle|kik:jadexo|kik me jadexo}} or {{handle|telegram:jadexo|telegram @jadexo}}"),
 ("US", "links {{handle|telegram:jade_vip|t.me/jade_vip}} {{handle|onlyfans:jaderose|onlyfans.com/jaderose}}"),
 ("US", "{{handle|tiktok:jade.rose|tiktok.com/@jade.rose}} and {{handle|twitter:jaderose|x.com/jaderose}}"),
 ("US", "{{handle|instagram:jade|https://www.instagram.com/jade}}/ new pics"),
 ("US", "follow @jade_rose for more"),
 ("US", "{{handle|instagram:luna.star|insta: luna.star}} {{handle|snapchat:lunastar|Snapchat lunastar}}"),
 ("US", "see {{url|http://www.example.com/jade|www.example.com/jade}} and {{url|https://example.org/a?b=1|https://example.org/a?b=1}}."),
 ("US", "my site {{url|http://jade-rose.example.com|jade-rose.example.com}} has rates"),
 ("US", "price 150.00 and Mr.Smith are not urls"),
 ("US", "BTC {{crypto|btc:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2|1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2}}"),
 ("US", "BTC {{crypto|btc:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy|3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy}}"),
 ("US", "segwit {{crypto|btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4|BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4}}"),
 ("US", "ETH {{crypto|eth:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed|0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed}}"),
 ("US", "bad ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD and bad BTC 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"),
 ("US", "XMR {{crypto|xmr:42ey1afDFnn4886T7196doS9GPMzexD9gXpsZJDwVjeRVdFCSoHnv7KPbBeGpzJBzHRCAs9UxqeoyFQMYbqSWYTfJJQAWDm|42ey1afDFnn4886T7196doS9GPMzexD9gXpsZJDwVjeRVdFCSoHnv7KPbBeGpzJBzHRCAs9UxqeoyFQMYbqSWYTfJJQAWDm}}"),
 ("US", "Sweet {{name|Jade|Jade}}, {{age|19|19yo}}, {{price|150 USD|150 roses}}"),
 ("US", "ask for {{name|Kiki|Kiki}}, {{age|21|age: twenty-one}}, {{price|200 USD|$200}}/hr"),
 ("CA", "{{price|200 CAD|$200}} incall in {{location|Toronto, CA|Toronto}}"),
 ("AU", "{{price|300 AUD|$300}} in {{location|Sydney, AU|Sydney}}"),
 ("ES", "Me llamo {{name|Lucía|Lucía}}, {{age|19|diecinueve años}}. {{price|120 EUR|120€}} en {{location|Seville, ES|Sevilla}}"),
 ("FR", "Je m'appelle {{name|Léa|Léa}}, {{age|21|j'ai 21 ans}}. {{price|150 EUR|150 euros}} à {{location|Montreal, CA|Montréal}}"),
 ("PT", "Chamo-me {{name|Inês|Inês}}, {{age|22|tenho 22 anos}}. {{price|100 EUR|€100}} em {{location|Lisbon, PT|Lisboa}}"),
 ("MX", "Disponible en {{location|Mexico City, MX|Ciudad de México}} {{price|1500 MXN|1500 MXN}}"),
 ("GB", "{{price|120 GBP|£120}} in {{location|Leeds, GB|Leeds}}"),
 ("US", "{{age|18|just turned 18}} and new in {{location|Las Vegas, US|Las Vegas}}"),
 ("US", "Nice to meet you, I am available tonight"),
 (None, "Visiting {{location|Paris, FR|Paris}} this week"),
 ("US", "Paris Hilton is not a place here"),
]

out = []
pat = re.compile(r"\{\{(\w+)(!?)\|([^|]*)\|(.*?)\}\}")
for n, (cc, marked) in enumerate(CASES, 1):
    text = ""
    ents = []
    pos = 0
    for m in pat.finditer(marked):
        text += marked[pos:m.start()]
        start = len(text.encode("utf-16-le")) // 2
        text += m.group(4)
        end = len(text.encode("utf-16-le")) // 2
        t, obf, value = m.group(1), m.group(2) == "!", m.group(3)
        e = {"type": t, "value": int(value) if t == "age" else value, "start": start, "end": end}
        if obf:
            e["obfuscated"] = True
        ents.append(e)
        pos = m.end()
    text += marked[pos:]
    out.append({"id": "hard-%03d" % n, "text": text, "country": cc, "entities": ents})
for o in out:
    sys.stdout.write(json.dumps(o, ensure_ascii=False) + "\n")
