#!/usr/bin/env python3
"""Turn a CoNLL-style name corpus (one token and its IOB/BIO tag a line, blank line between
sentences, -DOCSTART- between documents) into OpenNLP name-finder training text.

PER -> person, ORG -> organization, LOC -> place; MISC and other types are left unmarked,
because the program has no use for them as names.

usage: conll2opennlp.py IN_FILE SPLIT OUT_FILE
SPLIT picks documents by their order in the file: 'train' is every document whose index is not
0 or 1 modulo 10, 'dev' those at 1 modulo 10, 'test' those at 0 modulo 10. A file without
-DOCSTART- lines is cut into documents of 20 sentences.
"""
import sys

TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}


def documents(lines):
    doc, sent = [], []
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent: doc.append(sent); sent = []
            if doc: yield doc; doc = []
            continue
        if not line.strip():
            if sent: doc.append(sent); sent = []
            continue
        parts = line.split()
        sent.append((parts[0], parts[-1]))
    if sent: doc.append(sent)
    if doc: yield doc


def chunked(docs):
    for doc in docs:
        if len(doc) <= 40:
            yield doc
        else:
            for i in range(0, len(doc), 20):
                yield doc[i:i + 20]


def render(sent):
    out, open_type, prev = [], None, "O"
    for token, tag in sent:
        kind = tag[2:] if len(tag) > 2 and tag[1] == "-" else None
        label = TYPES.get(kind)
        begins = tag.startswith("B-") or kind != (prev[2:] if len(prev) > 2 else None)
        if open_type and (label != open_type or begins):
            out.append("<END>"); open_type = None
        if label and open_type is None:
            out.append("<START:%s>" % label); open_type = label
        out.append(token)
        prev = tag
    if open_type:
        out.append("<END>")
    return " ".join(out)


def main(src, split, dst):
    with open(src, encoding="utf-8") as f:
        docs = list(chunked(documents(f)))
    keep = {"train": lambda i: i % 10 not in (0, 1), "dev": lambda i: i % 10 == 1,
            "test": lambda i: i % 10 == 0}[split]
    with open(dst, "w", encoding="utf-8") as out:
        for i, doc in enumerate(docs):
            if keep(i):
                for sent in doc:
                    out.write(render(sent) + "\n")
                out.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
