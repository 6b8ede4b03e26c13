#!/usr/bin/env bash
# Reading a 2 MB web page (the ingest stage alone, no analysis): a page of the size --max-size
# allows by default, made of a real-looking article (500 paragraphs) inside navigation, scripts,
# share blocks and related links. Target: each read under 1 s, the first (cold JVM) included.
# Usage: bench/read-html.sh   (from the repository root, after ./mvnw -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 - "$WORK/page.html" <<'PY'
import sys
nav = '<nav class="menu"><ul>' + ''.join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(60)) + '</ul></nav>'
para = lambda i: (f'<p>On day {i} the council met again about the old bridge, which engineers said was badly corroded; '
                  f'residents told the meeting that repairs had been promised for years, and <a href="/x{i}">officials</a> '
                  f'said a decision would come within weeks.</p>')
related = '<aside class="related"><h3>Related</h3><ul>' + ''.join(f'<li><a href="/r{i}">Story {i}</a></li>' for i in range(20)) + '</ul></aside>'
body = []
for i in range(500):
    body.append(para(i))
    if i % 25 == 24: body.append(f'<h2>Part {i // 25 + 1}</h2>')
page = ('<!doctype html><html><head><title>Bridge closes | The Courier</title><script>' + 'var x=1;' * 20000 + '</script></head><body>'
        + nav + '<article><h1>Bridge closes</h1>' + ''.join(body) + '</article>' + related * 40
        + '<footer>' + nav * 20 + '</footer></body></html>')
while len(page.encode()) < 2 * 1024 * 1024 - 4096:
    page = page.replace('</body>', '<div class="ad">' + 'x' * 4000 + '</div></body>', 1)
open(sys.argv[1], 'w').write(page)
PY
ls -l "$WORK/page.html" | awk '{printf "page: %.2f MB\n", $5 / 1048576}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx512m -cp dist/briefing.jar bench/ReadArticle.java "$WORK/page.html" 7
