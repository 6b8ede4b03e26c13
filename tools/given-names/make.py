#!/usr/bin/env python3
"""Build src/main/resources/briefingpack/lexicon/given-names.txt.gz from the US Social Security
Administration's national baby-name counts (yobYYYY.txt: name,sex,count; a work of the US
government, in the public domain: https://www.ssa.gov/oact/babynames/limits.html).

A name is kept when at least MIN_BIRTHS children were given it over the years 1920-2010, the
years in which the people in today's news were born. One name a line, in alphabetical order.

usage: make.py NAMES_DIR OUT_FILE; then gzip -9 -n OUT_FILE  (NAMES_DIR holds the yobYYYY.txt files)
"""
import collections, os, sys

MIN_BIRTHS = 1000
FIRST, LAST = 1920, 2010


def main(names_dir, out):
    births = collections.Counter()
    for year in range(FIRST, LAST + 1):
        with open(os.path.join(names_dir, "yob%d.txt" % year), encoding="utf-8") as f:
            for line in f:
                name, _sex, count = line.strip().split(",")
                births[name] += int(count)
    kept = sorted(n for n, c in births.items() if c >= MIN_BIRTHS)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Given names: US Social Security Administration baby-name data, births %d-%d, names given\n" % (FIRST, LAST))
        f.write("# to at least %d children (public domain). Made by tools/given-names/make.py.\n" % MIN_BIRTHS)
        for n in kept:
            f.write(n + "\n")
    print(len(kept), "names")


if __name__ == "__main__":
    main(*sys.argv[1:3])
