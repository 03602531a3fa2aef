#!/usr/bin/env python3
"""Compares extract and search answers with the real-pages labels and prints the issue's table (see evaluate.sh)."""
import json
import os
import re
import sys

labels_path, work = sys.argv[1], sys.argv[2]
verbose = os.environ.get("VERBOSE") == "1"
pages = json.load(open(labels_path, encoding="utf-8"))["pages"]


def stem(url: str) -> str:
    return re.sub(r"^https?://[^/]+/", "", url).strip("/").replace("/", "-")


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


counts = {k: [0, 0] for k in ("language", "body", "session", "type")}
tp = fp = fn = 0
extra_sessions = 0
misses = []
for page in pages:
    got = load(os.path.join(work, "extract", stem(page["url"]) + ".html.json")) or {}
    name = stem(page["url"])
    for field in ("language", "body", "type"):
        counts[field][1] += 1
        if got.get(field) == page[field]:
            counts[field][0] += 1
        else:
            misses.append(f"{field:8} {name}: {got.get(field)} (want {page[field]})")
    if page["session"]:
        counts["session"][1] += 1
        if got.get("session") == page["session"]:
            counts["session"][0] += 1
        else:
            misses.append(f"session  {name}: {got.get('session')} (want {page['session']})")
    elif got.get("session"):
        extra_sessions += 1
        misses.append(f"session+ {name}: {got.get('session')} (none stated)")
    want, have = set(page["topics"]), set(got.get("topics") or [])
    tp += len(want & have)
    fp += len(have - want)
    fn += len(want - have)
    if want != have:
        misses.append(f"topics   {name}: +{sorted(have - want)} -{sorted(want - have)}")

found = {False: [0, 0, 0], True: [0, 0, 0]}  # first, top 10, total
n = 0
for page in pages:
    name = stem(page["url"])
    targets = {stem(u) for u in [page["url"]] + page.get("sameStatementAs", [])}
    for query in page["queries"]:
        answer = load(os.path.join(work, "search", f"{n}.json")) or {}
        n += 1
        ranks = [i for i, hit in enumerate(answer.get("hits", [])) if
                 any(hit.get("id", "").endswith(t) for t in targets)
                 or any((v.get("id", "") if isinstance(v, dict) else str(v)).endswith(t) for v in hit.get("versions", []) or [] for t in targets)]
        bucket = found[query["crossLanguage"]]
        bucket[2] += 1
        if ranks and ranks[0] == 0:
            bucket[0] += 1
        if ranks and ranks[0] < 10:
            bucket[1] += 1
        if not ranks or ranks[0] != 0:
            misses.append(f"search   {'cross' if query['crossLanguage'] else 'same '} {name}: "
                          f"rank {ranks[0] + 1 if ranks else '>10'} for «{query['text']}»")


def pct(a, b):
    return f"{100 * a / b:.0f}% ({a}/{b})" if b else "n/a"


precision = tp / (tp + fp) if tp + fp else 0.0
recall = tp / (tp + fn) if tp + fn else 0.0
f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
same, cross = found[False], found[True]
first = same[0] + cross[0]
total = same[2] + cross[2]
langs = sorted({p["language"] for p in pages})
per_language = ", ".join(f"{l} {sum(p['language'] == l for p in pages)}" for l in langs)
print(f"Real MMM pages: {len(pages)} ({per_language}), "
      f"{len({p['body'] for p in pages})} bodies")
print()
print("| | on real pages | target |")
print("|---|---|---|")
print(f"| language | {pct(*counts['language'])} | 100% |")
print(f"| UN body | {pct(*counts['body'])} | ≥ 98% |")
print(f"| session, where the page states it | {pct(*counts['session'])} (+{extra_sessions} given where none is stated) | ≥ 98% |")
print(f"| document type | {pct(*counts['type'])} | ≥ 90% |")
print(f"| topics | F1 {f1:.2f} (precision {precision:.2f}, recall {recall:.2f}) | F1 ≥ 0.85 |")
print(f"| known-item search, the page first | {pct(first, total)} (same-language {pct(same[0], same[2])}, "
      f"cross-language {pct(cross[0], cross[2])}; top 10: {pct(same[1] + cross[1], total)}) | ≥ 90% |")
if verbose:
    print()
    print("\n".join(misses))
