# The markup of the hand-written extraction cases, shared by make_hard_cases.py and make_tuning_cases.py:
# {{type|value|surface}} marks an expected entity ("!" after the type marks it obfuscated); offsets are UTF-16 units.
# (make_sealed_cases.py keeps its own copy on purpose: the sealed set and its script are never edited.)
import json, re, sys


def write_cases(cases, prefix, multiline=False, out=sys.stdout):
    """Writes one JSON line per (country, marked text) case, ids prefix-001, prefix-002, ..."""
    pat = re.compile(r"\{\{(\w+)(!?)\|([^|]*)\|(.*?)\}\}", re.S if multiline else 0)
    for n, (cc, marked) in enumerate(cases, 1):
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
        out.write(json.dumps({"id": "%s-%03d" % (prefix, n), "text": text, "country": cc, "entities": ents}, ensure_ascii=False) + "\n")
