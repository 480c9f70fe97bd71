#!/usr/bin/env python3
"""Measures the properties of a synthetic corpus written by `ariadne synth --profile field` from its truth.json.

Usage: scripts/synth_field_measure.py DIR   (DIR holds ads.jsonl and truth.json)

Prints one line per property, in the terms docs/data-formats.md ("Synthetic corpus", field profile) states them.
Word 3-grams are counted the way Ariadne.Linking's Shingler counts them: words are letter/digit runs folded to lower
case, and a word holding a digit is one placeholder word.
"""
import collections
import json
import random
import statistics
import sys


def words(text):
    out, cur, digit = [], [], False
    for ch in text:
        if ch.isalnum():
            cur.append(ch.lower())
            digit |= ch.isdigit()
        elif cur:
            out.append("#" if digit else "".join(cur))
            cur, digit = [], False
    if cur:
        out.append("#" if digit else "".join(cur))
    return out


def trigrams(text):
    w = words(text)
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)} or {tuple(w)}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 1.0


def median_pairs(groups, grams, rng, per_group=40):
    values = []
    for members in groups:
        if len(members) < 2:
            continue
        pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1:]]
        rng.shuffle(pairs)
        values += [jaccard(grams[a], grams[b]) for a, b in pairs[:per_group]]
    return statistics.median(values) if values else float("nan"), len(values)


def main(folder):
    ads = {}
    with open(folder + "/ads.jsonl", encoding="utf-8") as f:
        for line in f:
            ad = json.loads(line)
            ads[ad["id"]] = ad
    with open(folder + "/truth.json", encoding="utf-8") as f:
        truth = json.load(f)
    docs = truth["documents"]
    if truth.get("profile") != "field":
        sys.exit("not a field corpus (truth.json has no \"profile\": \"field\")")

    n = len(docs)
    support = set(truth["support_lines"])
    labels = collections.Counter(d["label"] for d in docs)
    nets = [x for x in truth["networks"] if x["label"] == "trafficking"]
    print(f"ads {n}: " + ", ".join(f"{k} {v / n:.3f}" for k, v in sorted(labels.items())))
    sizes = [x["ad_count"] for x in nets]
    print(f"networks {len(nets)}: ads mean {statistics.mean(sizes):.1f}, min {min(sizes)}, max {max(sizes)}")
    phones = collections.Counter(len(x["phones"]) for x in nets)
    print("phones per network: " + ", ".join(f"{k}: {v}" for k, v in sorted(phones.items()))
          + f"; share with >= 2: {sum(v for k, v in phones.items() if k >= 2) / len(nets):.3f}")
    print(f"networks with a main line: {sum(1 for x in nets if x['main_line']) / len(nets):.3f}")
    print("cities per network: " + ", ".join(f"{k}: {v}" for k, v in sorted(collections.Counter(len(x["cities"]) for x in nets).items())))
    print("persons per network: " + ", ".join(f"{k}: {v}" for k, v in sorted(collections.Counter(len(x["persons"]) for x in nets).items())))

    net_by_id = {x["id"]: x for x in nets}
    net_docs = [d for d in docs if d["label"] == "trafficking"]
    no_plain = no_contact = handover = 0
    for d in net_docs:
        own = set(net_by_id[d["network"]]["phones"])
        ents = d["entities"]
        owned_phones = [e for e in ents if e["type"] == "phone" and e["value"] in own]
        if not any(not e["obfuscated"] for e in owned_phones):
            no_plain += 1
        if not owned_phones and not any(e["type"] in ("email", "handle") for e in ents):
            no_contact += 1
        eras = net_by_id[d["network"]]["eras"]
        if len({e["value"] for e in owned_phones if e["value"] in eras}) >= 2:
            handover += 1
    print(f"network ads without an own phone in plain digits: {no_plain / len(net_docs):.3f}")
    print(f"network ads without any contact (phone, e-mail, handle): {no_contact / len(net_docs):.3f}")
    print(f"hand-over ads (two era phones): {handover}")

    rng = random.Random(7)
    grams = {d["id"]: trigrams(ads[d["id"]]["text"]) for d in docs}
    by_template = collections.defaultdict(list)
    by_network = collections.defaultdict(list)
    for d in docs:
        if d["template"] and d["template"].startswith("net-"):
            by_template[d["template"]].append(d["id"])
            by_network[d["network"]].append(d["id"])
    same, count = median_pairs(by_template.values(), grams, rng)
    print(f"same-template 3-gram Jaccard: median {same:.3f} over {count} pairs")
    other_template = []
    for net in nets:
        t = [by_template[x] for x in net["templates"] if by_template[x]]
        for _ in range(20 if len(t) > 1 else 0):
            a, b = rng.sample(range(len(t)), 2)
            other_template.append(jaccard(grams[rng.choice(t[a])], grams[rng.choice(t[b])]))
    if other_template:
        print(f"same network, other template: median {statistics.median(other_template):.3f} over {len(other_template)} pairs")
    ids = [d["id"] for d in net_docs]
    cross = []
    owner = {d["id"]: d["network"] for d in docs}
    while len(cross) < 5000:
        a, b = rng.sample(ids, 2)
        if owner[a] != owner[b]:
            cross.append(jaccard(grams[a], grams[b]))
    print(f"different networks: median {statistics.median(cross):.3f}")

    stock = collections.defaultdict(list)
    for d in docs:
        if d["template"] and d["template"].startswith("stock-"):
            stock[d["template"]].append(d)
    independents = {d["network"] for d in docs if d["label"] == "independent"}
    stock_owners = {d["network"] for v in stock.values() for d in v}
    print(f"stock texts {len(stock)}; independents using one: {len(stock_owners) / len(independents):.3f}")
    for k in sorted(stock):
        owners = {d["network"] for d in stock[k]}
        phones_of = collections.defaultdict(set)
        for d in stock[k]:
            for e in d["entities"]:
                if e["type"] == "phone" and e["value"] not in support:
                    phones_of[e["value"]].add(d["network"])
        shared = sum(1 for v in phones_of.values() if len(v) > 1)
        print(f"  {k}: {len(owners)} owners, {len(phones_of)} distinct phones, phones shared by two owners: {shared}, "
              f"median 3-gram Jaccard between owners {median_pairs([[d['id'] for d in stock[k]]], grams, rng, 200)[0]:.3f}")

    blocks = truth["boilerplate"]
    with_block = sum(1 for d in docs if any(b in ads[d["id"]]["text"] for b in blocks))
    print(f"boilerplate blocks {len(blocks)}; ads with one: {with_block / n:.3f}")
    uses = collections.Counter()
    ads_with_support = 0
    for d in docs:
        found = {e["value"] for e in d["entities"] if e["type"] == "phone" and e["value"] in support}
        uses.update(found)
        ads_with_support += bool(found)
    print(f"support lines: ads with one {ads_with_support / n:.3f}; " + ", ".join(f"{k}: {uses[k]} ads" for k in truth["support_lines"]))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
