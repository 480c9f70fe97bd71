#!/usr/bin/env python3
"""Checks the sealed linking evaluation set (tests/Ariadne.Linking.Tests/Data/sealed_links.jsonl).

It only validates and counts; it never rewrites the set. Checks: every line is a JSON object with the expected
fields and types, ids are unique, posted_at is ISO 8601 UTC inside one 120-day window of 2026, labels agree with
the poster id (net-* trafficking, ind-* independent, agy-* agency), every phone-looking run of digits (including
digits written as words in EN/ES/FR, 'double'/'triple', and look-alike letters O/l/I inside digit groups) is in a
range reserved for fiction, every e-mail (also '(at)'/'(dot)' forms) is on example.com/.org/.net, and stated ages
are adults. Prints counts per label and per poster.

Usage: python3 scripts/check_sealed_links.py [path]    (exit code 1 on any problem)
"""
import collections, datetime, json, re, sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "tests/Ariadne.Linking.Tests/Data/sealed_links.jsonl"
FIELDS = {"id": str, "text": str, "posted_at": str, "location": str, "country": str, "network": str, "label": str,
          "note": str}
LABEL_OF_PREFIX = {"net-": "trafficking", "ind-": "independent", "agy-": "agency"}

# Fiction ranges: NANP NPA-555-0100..0199, UK Ofcom drama 07700 900000..900999, AU ACMA-style 0491 570 xxx.
FICTION = [re.compile(p) for p in (r"^1?[2-9]\d\d55501\d\d$", r"^55501\d\d$", r"^(44|0)7700900\d{3}$",
                                   r"^(61|0)491570\d{3}$")]
WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
    "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7",
    "ocho": "8", "nueve": "9",
    "zéro": "0", "un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "sept": "7", "huit": "8",
    "neuf": "9",
}
REPEAT = {"double": 2, "triple": 3, "doble": 2}
LOOKALIKE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
TOKEN = re.compile(r"[0-9A-Za-zÀ-ÿ|]+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
AGE = re.compile(r"\b(\d{1,2})\s*(?:yo|y/o|yrs|years|ans|años|añitos)\b", re.I)


def digit_runs(text):
    """Yields (pieces, surface) for every run of digit-like tokens separated only by non-letters; pieces holds the
    digits each token stands for."""
    pieces, start, end, pending = [], None, None, 1
    for m in TOKEN.finditer(text):
        tok, low = m.group(), m.group().lower()
        piece = None
        if re.fullmatch(r"[0-9OolI|]+", tok) and re.search(r"\d", tok):
            piece = tok.translate(LOOKALIKE)
        elif low in WORDS:
            piece = WORDS[low]
        elif low in REPEAT:
            pending = REPEAT[low]
            start = m.start() if start is None else start
            continue
        if piece is None:
            if sum(map(len, pieces)) >= 7:
                yield pieces, text[start:end]
            pieces, start, pending = [], None, 1
            continue
        start = m.start() if start is None else start
        end = m.end()
        pieces.append(piece[0] * pending + piece[1:] if pending > 1 else piece)
        pending = 1
    if sum(map(len, pieces)) >= 7:
        yield pieces, text[start:end]


def fiction_only(pieces):
    """True when the run is fiction numbers with at most short leftovers (under 7 digits, e.g. a price or a stray
    number word) before each of them and after the last: '260 / 214 555 0167' is a price then a phone."""
    if sum(map(len, pieces)) < 7:
        return True
    for i in range(len(pieces)):
        if sum(map(len, pieces[:i])) >= 7:
            break
        for j in range(i + 1, len(pieces) + 1):
            if any(p.match("".join(pieces[i:j])) for p in FICTION) and fiction_only(pieces[j:]):
                return True
    return False


def main(path):
    problems, rows, ids = [], [], set()
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: not JSON ({e})")
            continue
        where = f"line {n} ({row.get('id')})"
        for k, t in FIELDS.items():
            if not isinstance(row.get(k), t) or not row.get(k):
                problems.append(f"{where}: field {k!r} missing or not a non-empty {t.__name__}")
        if set(row) - set(FIELDS):
            problems.append(f"{where}: unexpected fields {sorted(set(row) - set(FIELDS))}")
        if not re.fullmatch(r"s-\d{3}", str(row.get("id"))):
            problems.append(f"{where}: id not like s-001")
        if row.get("id") in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(row.get("id"))
        try:
            row["_at"] = datetime.datetime.strptime(row["posted_at"], "%Y-%m-%dT%H:%M:%SZ")
        except (KeyError, ValueError, TypeError):
            problems.append(f"{where}: posted_at not ISO 8601 UTC like 2026-03-01T12:00:00Z")
            row["_at"] = None
        if not re.fullmatch(r"[A-Z]{2}", str(row.get("country"))) or \
                not str(row.get("location", "")).endswith(", " + str(row.get("country"))):
            problems.append(f"{where}: country not an ISO code matching the location")
        prefix = str(row.get("network"))[:4]
        if LABEL_OF_PREFIX.get(prefix) != row.get("label"):
            problems.append(f"{where}: label {row.get('label')!r} does not fit poster {row.get('network')!r}")
        text = str(row.get("text", ""))
        for pieces, surface in digit_runs(text):
            if not fiction_only(pieces):
                problems.append(f"{where}: phone-looking run {surface!r} -> {''.join(pieces)} is not all fiction")
        unmasked = re.sub(r"\s*\((?:at|arroba)\)\s*", "@", text, flags=re.I)
        unmasked = re.sub(r"\s*\((?:dot|punto|point)\)\s*", ".", unmasked, flags=re.I)
        for m in EMAIL.finditer(unmasked):
            if not re.search(r"(^|\.)example\.(com|org|net)$", m.group().split("@", 1)[1], re.I):
                problems.append(f"{where}: e-mail {m.group()!r} not on example.com/.org/.net")
        for m in AGE.finditer(text):
            if int(m.group(1)) < 19:
                problems.append(f"{where}: stated age {m.group()!r} under 19")
        rows.append(row)

    times = [r["_at"] for r in rows if r["_at"]]
    if times:
        span = max(times) - min(times)
        if span > datetime.timedelta(days=120) or {t.year for t in times} != {2026}:
            problems.append(f"posted_at spans {span} ({min(times)} .. {max(times)}), not one 120-day window of 2026")
    labels = {}
    for r in rows:
        if labels.setdefault(r.get("network"), r.get("label")) != r.get("label"):
            problems.append(f"{r.get('id')}: poster {r.get('network')} has more than one label")

    by_label = collections.Counter(r.get("label") for r in rows)
    by_net = collections.defaultdict(list)
    for r in rows:
        by_net[r.get("network")].append(r)
    disc = sum("All fees are for time and companionship only" in r.get("text", "") for r in rows)
    support = sum("Report abuse: +1 212 555 0199" in r.get("text", "") for r in rows)
    print(f"{len(rows)} ads, {len(by_net)} posters; window "
          f"{min(times):%Y-%m-%d} .. {max(times):%Y-%m-%d}" if times else f"{len(rows)} ads")
    for label in ("trafficking", "agency", "independent"):
        posters = sorted({r['network'] for r in rows if r.get('label') == label})
        print(f"  {label:12} {by_label[label]:4} ads, {len(posters)} posters")
    print(f"  disclaimer in {disc} ads, support line in {support} ads")
    for net in sorted(by_net, key=lambda k: (k[:3] != "net", k[:3] != "agy", k)):
        ads = by_net[net]
        if net.startswith("ind-") and len(ads) == 1:
            continue
        cities = list(dict.fromkeys(r.get("location") for r in sorted(ads, key=lambda r: r["posted_at"])))
        print(f"  {net:7} {len(ads):3} ads  {' -> '.join(cities)}")
    singles = sum(1 for k, v in by_net.items() if k.startswith("ind-") and len(v) == 1)
    print(f"  (+ {singles} independents with one ad)")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
