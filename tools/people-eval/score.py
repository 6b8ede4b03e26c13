#!/usr/bin/env python3
"""score.py OUTDIR SETDIR [-v]: people precision, recall and roles of the packs in OUTDIR/<stem>/briefing.json
against SETDIR/people-gold.tsv (see README.md)."""
import json, sys, os, re


def head(phrase):
    """The head noun of a role phrase: its last word before "of", "at", "for" ... ("head coach of Kilmarnock": coach)."""
    words = re.split(r'\s+(?:of|at|for|in|with|to|from|on)\s+|,', phrase.lower().strip(), maxsplit=1)[0].split()
    return re.sub(r"[^\w-]", '', words[-1]) if words else ''


def same_head(gold_words, role):
    """Whether the role holds the head noun of one of the gold's role words, singular or plural."""
    tokens = set(re.findall(r"[\w-]+", role.lower()))
    return any(h and (h in tokens or h + 's' in tokens or h.rstrip('s') in tokens) for h in map(head, gold_words))
out, gd = sys.argv[1], sys.argv[2]
gold = {}
for line in open(os.path.join(gd, 'people-gold.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    f, n, r = (line.rstrip('\n').split('\t') + [''])[:3]
    gold.setdefault(f, []).append((n, r))
found = listed = wrong = rolesn = rolesok = headok = 0
miss, spur, badrole = [], [], []
for f, gl in sorted(gold.items()):
    stem = f[:-4]
    p = os.path.join(out, stem, 'briefing.json')
    people = json.load(open(p, encoding='utf-8'))['people'] if os.path.exists(p) else []
    if not os.path.exists(p): print('NO PACK', f)
    names = {x['name'].lower(): x for x in people}
    for n, r in gl:
        x = names.get(n.lower())
        if not x: miss.append(f'{f[:2]}: {n}'); continue
        found += 1
        if r:
            rolesn += 1
            role = (x.get('role') or '').lower()
            if any(w.lower() in role for w in r.split('|')): rolesok += 1
            else: badrole.append(f'{f[:2]}: {n} -> {x.get("role")!r} (gold {r})')
            if same_head([w for w in r.split('|') if w], role): headok += 1
    gn = {n.lower() for n, _ in gl}
    for x in people:
        listed += 1
        if x['name'].lower() not in gn: spur.append(f'{f[:2]}: {x["name"]} ({x.get("role")!r})')
G = sum(len(v) for v in gold.values())
print(f'precision {(listed-len(spur))/listed:.3f} ({listed-len(spur)}/{listed})  recall {found/G:.3f} ({found}/{G})  roles {rolesok/max(rolesn,1):.3f} ({rolesok}/{rolesn})  role heads {headok/max(rolesn,1):.3f} ({headok}/{rolesn})')
if '-v' in sys.argv:
    print('MISSED'); [print('  ', m) for m in miss]
    print('NOT IN GOLD'); [print('  ', m) for m in spur]
    print('ROLES'); [print('  ', m) for m in badrole]
