#!/usr/bin/env bash
# Checks narration.epub with DAISY Ace (the accessibility checker of EPUB publishers) when it is
# installed; not part of ./mvnw verify (Ace is a Node.js tool with a headless browser).
# Usage: bench/ace.sh [ARTICLE...]   (from the repository root, after ./mvnw -B -q package -DskipTests)
# Default articles: the sample and the test articles. Prints Ace's outcome and every violation
# per book; exits 1 when a book has a violation, 2 when Ace cannot run.
# Ace: npm install @daisy/ace in a folder (ACE_HOME, default ~/.cache/daisy-ace); it drives a headless
# Chromium: an installed one is used when PUPPETEER_EXECUTABLE_PATH is unset (e.g. apt-get install
# chromium, with npm install run under PUPPETEER_SKIP_DOWNLOAD=1).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=dist/briefing.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
ACE_HOME=${ACE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/daisy-ace}
ACE="$ACE_HOME/node_modules/.bin/ace-puppeteer"
[ -x "$ACE" ] || { echo "DAISY Ace not found at $ACE: run 'npm install @daisy/ace' in $ACE_HOME (or set ACE_HOME)" >&2; exit 2; }
if [ -z "${PUPPETEER_EXECUTABLE_PATH:-}" ]; then
    for browser in chromium chromium-browser google-chrome; do
        if command -v "$browser" >/dev/null; then export PUPPETEER_EXECUTABLE_PATH=$(command -v "$browser"); break; fi
    done
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ $# -eq 0 ]; then
    set -- seeds/iraq-peace-settlement.txt src/test/resources/articles/*
fi
mkdir "$WORK/in"
for article in "$@"; do
    cp "$article" "$WORK/in/"
    base="${article%.*}"
    for sidecar in "$base.yaml" "$base.yml"; do [ -f "$sidecar" ] && cp "$sidecar" "$WORK/in/"; done
done
java -jar "$JAR" --only audio -q -o "$WORK/packs" "$WORK/in" > /dev/null
failed=0
for book in "$WORK"/packs/*/narration.epub; do
    name=$(basename "$(dirname "$book")")
    if ! "$ACE" -s -f -o "$WORK/ace/$name" "$book" > "$WORK/ace-$name.log" 2>&1; then
        echo "$name: Ace did not run:"; tail -5 "$WORK/ace-$name.log"; exit 2
    fi
    python3 - "$WORK/ace/$name/report.json" "$name" <<'PY' || failed=1
import json, sys
report = json.load(open(sys.argv[1]))
found = [(doc.get('earl:testSubject', {}).get('url', '?'), a['earl:test'].get('earl:impact', '?'),
          a['earl:test'].get('dct:title', '?'), a['earl:result'].get('dct:description', ''))
         for doc in report.get('assertions', []) for a in doc.get('assertions', [])]
meta = report.get('a11y-metadata', {})
print(f"{sys.argv[2]}: {report.get('earl:result', {}).get('earl:outcome')}, {len(found)} violations;"
      f" metadata missing: {', '.join(meta.get('missing', [])) or 'none'}")
for url, impact, title, text in found:
    print(f"  {url} [{impact}] {title}: {text[:200]}")
sys.exit(1 if found else 0)
PY
done
exit $failed
