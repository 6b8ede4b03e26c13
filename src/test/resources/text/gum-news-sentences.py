"""Writes gum-news-sentences.tsv: the paragraphs of GUM's Wikinews documents with their gold sentences.

Source: GUM (Georgetown University Multilayer corpus, github.com/amir-zeldes/gum), dep/GUM_news_*.conllu.
Texts: Wikinews, CC BY 2.5; annotations CC BY 4.0. Usage: python3 gum-news-sentences.py GUM_GIT_DIR COMMIT > gum-news-sentences.tsv
One paragraph a line (only blocks marked newpar_block = p: headings, captions, lists and quotes left out): the paragraph
(its sentences joined by one space), then each gold sentence, separated by tabs.
"""
import subprocess, sys

git, commit = sys.argv[1], sys.argv[2]
names = subprocess.run(["git", "--git-dir", git, "ls-tree", "--name-only", commit, "dep/"],
                       capture_output=True, text=True, check=True).stdout.split()
print("# GUM Wikinews paragraphs and their gold sentences (github.com/amir-zeldes/gum, commit %s, dep/GUM_news_*.conllu)." % commit[:10])
print("# Texts: Wikinews, CC BY 2.5 (en.wikinews.org); annotations: CC BY 4.0 (the GUM annotators). Test data only.")
print("# Made by gum-news-sentences.py. One paragraph a line: the paragraph, then each sentence, tab-separated.")
for name in sorted(n for n in names if n.startswith("dep/GUM_news_") and n.endswith(".conllu")):
    text = subprocess.run(["git", "--git-dir", git, "show", commit + ":" + name], capture_output=True, text=True, check=True).stdout
    paragraph, prose = [], True
    def flush():
        if paragraph and prose:
            print("\t".join([" ".join(paragraph)] + paragraph))
    for line in text.splitlines():
        if line == "# newpar" or line.startswith("# newpar "):
            flush(); paragraph, prose = [], True
        elif line.startswith("# newpar_block = "):
            # Plain paragraphs only: headings, captions, lists and quotes are not running prose.
            prose = line[len("# newpar_block = "):].split()[0] == "p"
        elif line.startswith("# text = "):
            paragraph.append(line[len("# text = "):].strip())
    flush()
