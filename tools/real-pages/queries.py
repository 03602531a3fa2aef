#!/usr/bin/env python3
"""Prints the known-item queries of the real-pages labels, one per line: NUMBER<TAB>TEXT."""
import json
import sys

pages = json.load(open(sys.argv[1], encoding="utf-8"))["pages"]
n = 0
for page in pages:
    for query in page["queries"]:
        print(f"{n}\t{query['text'].replace(chr(9), ' ')}")
        n += 1
