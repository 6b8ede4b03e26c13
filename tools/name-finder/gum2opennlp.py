#!/usr/bin/env python3
"""Turn GUM's entity annotation (dep/*.conllu, MISC column Entity=...) into OpenNLP
name-finder training text: one sentence a line, <START:type> ... <END>, a blank line
between documents.

GUM marks every mention (a team, the man, it); a name finder wants names. A mention is a
name when its minimal span (GUM's minspan) starts with a proper noun (NNP/NNPS). Its name is the run of
proper nouns (with inner 'of', 'the', '&', '-', "'s" of names like "Bank of America") around
that head, less titles in front ("President", "Dr.") that the program reads as roles, and
less a name of another type at its start ("US" in "US President Donald Trump").

usage: gum2opennlp.py GUM_GIT_DIR SPLIT OUT_FILE   (SPLIT: train, dev or test)
Only the genres whose texts are CC-BY (see GENRES) are read.
"""
import re, subprocess, sys

# Genres whose texts GUM's LICENSE.txt gives under an attribution licence: academic and court
# (CC-BY 4.0), news and interview (Wikinews, CC-BY 2.5), bio (Wikipedia) and voyage (Wikivoyage)
# (CC-BY-SA 3.0). The NC genres (essay, fiction, letter, podcast, whow), reddit, and the genres
# LICENSE.txt does not name are left out. Annotations are CC-BY 4.0.
GENRES = ("academic", "court", "news", "interview", "bio", "voyage")
TYPES = {"person": "person", "organization": "organization", "place": "place", "event": "event"}
PROPER = {"NNP", "NNPS"}
INNER = {"of", "the", "&", "-", "de", "van", "von", "der", "la", "le", "du", "da", "al", "bin", "for", "and"}
TITLES = set("""mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor president senator sen sen.
gov gov. governor rep rep. representative mayor judge justice king queen prince princess pope
sir dame lord lady general gen gen. captain capt capt. colonel col col. lieutenant lt lt.
sergeant sgt sgt. admiral adm adm. chancellor minister premier secretary saint st st. rev rev.
reverend father bishop archbishop cardinal chief officer director chairman ceo coach""".split())
ROLES = {"honor", "counsel", "mp", "rector", "petitioner", "petitioners", "respondent", "respondents", "plaintiff", "defendant", "appellant", "appellee"}


def git_show(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", "HEAD:" + path],
                          capture_output=True, text=True, check=True).stdout


def split_docs(git_dir, split):
    text = git_show(git_dir, "splits.md")
    section, docs = None, {"dev": [], "test": []}
    for line in text.splitlines():
        m = re.match(r"##\s+(\w+)", line)
        if m:
            section = m.group(1)
        elif section in docs and line.strip().startswith("* "):
            docs[section].append(line.strip()[2:].strip())
    held = set(docs["dev"]) | set(docs["test"])
    files = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", "HEAD", "dep/"],
                           capture_output=True, text=True, check=True).stdout.split()
    names = [f[4:-7] for f in files if f.startswith("dep/GUM_") and f.endswith(".conllu")]
    names = [n for n in names if n.split("_")[1] in GENRES]
    if split == "train":
        return [n for n in names if n not in held]
    return [n for n in names if n in docs[split]]


def sentences(conllu):
    sent = []
    for line in conllu.splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if re.match(r"^\d+$", cols[0]):
                sent.append(cols)
    if sent:
        yield sent


def mentions(sent):
    """(start, end exclusive, etype, head offsets) for each mention in a sentence."""
    open_, out = {}, []
    for i, cols in enumerate(sent):
        misc = cols[9]
        m = re.search(r"Entity=([^|]+)", misc)
        if not m:
            continue
        s = m.group(1)
        for tok in re.finditer(r"\((\d+)-([a-z]+)-[^-()]*-[^-()]*-[^-()]*-([\d,-]+)[^()]*?(\)?)(?=\(|\)|$)|(\d+)\)", s):
            if tok.group(1):
                eid, etype, minspan, closed = tok.group(1), tok.group(2), tok.group(3), tok.group(4)
                if closed:
                    out.append((i, i + 1, etype, minspan))
                else:
                    open_.setdefault(eid, []).append((i, etype, minspan))
            else:
                eid = tok.group(5)
                if open_.get(eid):
                    start, etype, minspan = open_[eid].pop()
                    out.append((start, i + 1, etype, minspan))
    return out


def head_positions(start, minspan):
    pos = []
    for part in minspan.split(","):
        a, _, b = part.partition("-")
        pos.extend(range(start + int(a) - 1, start + int(b or a)))
    return pos


def name_span(sent, start, end, heads):
    xpos = [c[4] for c in sent]
    forms = [c[1] for c in sent]
    inside = [h for h in heads if start <= h < end]
    # the minimal span starts with a proper noun: "Donald Trump", not "a professor at the Prague Conservatory"
    if not inside or xpos[inside[0]] not in PROPER:
        return None
    proper_heads = [h for h in inside if xpos[h] in PROPER]
    h = proper_heads[-1]
    a = b = h
    while a - 1 >= start and (xpos[a - 1] in PROPER or (forms[a - 1].lower() in INNER and a - 2 >= start and xpos[a - 2] in PROPER)):
        a -= 1
    while b + 1 < end and (xpos[b + 1] in PROPER or (forms[b + 1].lower() in INNER | {"'s"} and b + 2 < end and xpos[b + 2] in PROPER)):
        b += 1
    while a < h and forms[a].lower() in TITLES:
        a += 1
    while a < h and forms[a].lower() in INNER:
        a += 1  # "of Virginia" left of "the Governor of Virginia": no name of a person
    if b == a and forms[a].lower() in TITLES | ROLES:
        return None  # "President", "Petitioner": a role written with a capital, not a name
    return a, b + 1


def person_span(sent, start, end):
    """A person's name by the dependency tree: the mention's syntactic head when it is a proper
    noun, with its 'flat' name parts ("Charles Bolden" in "NASA Administrator Charles Bolden",
    where "Administrator" is a nmod:desc), or else the proper nouns 'flat' under a common-noun
    head ("Louis Ehlert" in "the Berlin music critic Louis Ehlert"). None for a mention with no
    name ("Your Honor", "the Governor of Virginia", a pronunciation in IPA)."""
    def head_of(i):
        return int(sent[i][6]) - 1
    heads = [i for i in range(start, end) if not start <= head_of(i) < end]
    if not heads:
        return None
    head = heads[0]

    def flat_under(i):
        out = []
        for j in range(start, end):
            if head_of(j) == i and sent[j][7].startswith("flat") and sent[j][3] == "PROPN":
                out.append(j)
                out.extend(flat_under(j))
        return out
    if "Number=Plur" in sent[head][5]:
        return None  # "Senate Democrats", "San Franciscans": a group, not a person's name
    if sent[head][3] == "PROPN":
        parts = [head] + flat_under(head)
    else:  # "critic Eduard Hanslick": the name is a flat or appos proper noun under the noun
        parts = []
        for j in range(start, end):
            if head_of(j) == head and sent[j][7].split(":")[0] in ("flat", "appos") and sent[j][3] == "PROPN":
                parts += [j] + flat_under(j)
    if not parts:
        return None
    a, b = min(parts), max(parts) + 1
    while a < b - 1 and sent[a][1].lower() in TITLES:
        a += 1
    forms = [c[1] for c in sent[a:b]]
    if len(forms) == 1 and forms[0].lower() in TITLES | ROLES:
        return None
    if not (forms[0][0].isupper() or forms[0][0].isdigit()):
        return None
    return a, b


def convert(git_dir, split, out):
    counts = {}
    with open(out, "w", encoding="utf-8") as f:
        for doc in split_docs(git_dir, split):
            for sent in sentences(git_show(git_dir, "dep/%s.conllu" % doc)):
                spans = []
                for start, end, etype, minspan in mentions(sent):
                    if etype not in TYPES:
                        continue
                    heads = head_positions(start, minspan)
                    if etype == "person" and all(sent[h][4] == "NNPS" for h in heads if h < len(sent)):
                        continue  # "Muslims", "the Smiths": groups, not a person's name
                    span = person_span(sent, start, end) if etype == "person" else name_span(sent, start, end, heads)
                    if span:
                        spans.append((span[0], span[1], TYPES[etype]))
                # a shorter name at the start of a longer one of another type ("US" in
                # "US President Donald Trump") ends where the longer one's own name begins
                spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
                trimmed = []
                for a, b, t in spans:
                    # (only a person is cut so: a place or organisation named after a person,
                    # "Jack London Square", keeps its whole name)
                    inner = [s for s in spans if s != (a, b, t) and s[0] == a and s[1] < b and s[2] != t and t == "person"]
                    if inner:
                        a = max(s[1] for s in inner)
                        while a < b and sent[a][1].lower() in TITLES:
                            a += 1
                    if a < b:
                        trimmed.append((a, b, t))
                chosen = []
                for a, b, t in sorted(trimmed, key=lambda s: -(s[1] - s[0])):
                    if all(b <= c or a >= d for c, d, _ in chosen):
                        chosen.append((a, b, t))
                starts = {a: (b, t) for a, b, t in chosen}
                words, i = [], 0
                while i < len(sent):
                    if i in starts:
                        b, t = starts[i]
                        counts[t] = counts.get(t, 0) + 1
                        words.append("<START:%s> %s <END>" % (t, " ".join(c[1] for c in sent[i:b])))
                        i = b
                    else:
                        words.append(sent[i][1])
                        i += 1
                f.write(" ".join(words) + "\n")
            f.write("\n")
    print(split, counts, file=sys.stderr)


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2], sys.argv[3])
