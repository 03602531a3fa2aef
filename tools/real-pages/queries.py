#!/usr/bin/env python3
"""Prints the known-item queries of the real-pages labels, one per line: NUMBER<TAB>TEXT.

With --timed-out WORK, prints only those whose answer in WORK/search/NUMBER.json is missing, unreadable, or empty
because the search ran out of time (the CLI stops a search after 2 s, which a loaded machine reaches).
"""
import json
import os
import sys

pages = json.load(open(sys.argv[1], encoding="utf-8"))["pages"]
work = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--timed-out" else None


def timed_out(n: int) -> bool:
    try:
        with open(os.path.join(work, "search", f"{n}.json"), encoding="utf-8") as f:
            answer = json.load(f)
    except (OSError, ValueError):
        return True
    return answer.get("total", 0) == 0 and answer.get("tookMs", 0) >= 1900


n = 0
for page in pages:
    for query in page["queries"]:
        if work is None or timed_out(n):
            print(f"{n}\t{query['text'].replace(chr(9), ' ')}")
        n += 1
