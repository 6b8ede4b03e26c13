#!/usr/bin/env python3
"""Exact-span precision, recall and F1 per name type: a found name counts only when its type,
start and end all match the gold one. usage: score.py GOLD TAGGED (both in OpenNLP notation,
the same sentences line by line)."""
import re, sys


def spans(line):
    found, start, kind, i = set(), None, None, 0
    for token in line.split():
        m = re.match(r"<START:(\w+)>", token)
        if m:
            kind, start = m.group(1), i
        elif token == "<END>":
            found.add((kind, start, i))
        else:
            i += 1
    return found


gold = open(sys.argv[1], encoding="utf-8").read().splitlines()
tagged = open(sys.argv[2], encoding="utf-8").read().splitlines()
assert len(gold) == len(tagged), "the two files do not hold the same sentences"
for kind in ("person", "organization", "place"):
    tp = fp = fn = 0
    for g, t in zip(gold, tagged):
        want = {s for s in spans(g) if s[0] == kind}
        got = {s for s in spans(t) if s[0] == kind}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{kind}: precision {p:.3f} recall {r:.3f} F1 {f:.3f} ({tp + fn} in the gold)")
