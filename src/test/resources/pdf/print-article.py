"""Writes a flat ODT (.fodt) of a plain-text article as a magazine prints it: two columns, justified,
a running header, a "Page N" footer, subheads, footnotes. Usage: print-article.py ARTICLE.txt OUT.fodt [columns] [yes|no footnotes]"""
import sys, html
src, out = sys.argv[1], sys.argv[2]
cols = int(sys.argv[3]) if len(sys.argv) > 3 else 2
notes = (sys.argv[4] if len(sys.argv) > 4 else 'yes') == 'yes'
paras = [p.strip().replace('\n', ' ') for p in open(src, encoding='utf-8').read().split('\n\n') if p.strip()]
title, body = paras[0], paras[1:]
e = html.escape
parts = []
for i, p in enumerate(body):
    if len(p) < 60 and not p.endswith(('.', '?', '!', '"', '”')):
        parts.append(f'<text:h text:style-name="Sub" text:outline-level="2">{e(p)}</text:h>')
        continue
    t = e(p)
    if notes and i % 4 == 1:
        k = t.find('. ')
        if k > 0:
            t = t[:k+1] + f'<text:note text:id="n{i}" text:note-class="footnote"><text:note-citation>{i}</text:note-citation><text:note-body><text:p text:style-name="Footnote">Source: council records, file {i}, consulted in November.</text:p></text:note-body></text:note>' + t[k+1:]
    parts.append(f'<text:p text:style-name="Body">{t}</text:p>')
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{e(title)}</dc:title><meta:initial-creator>Ana Test</meta:initial-creator><dc:creator>Ana Test</dc:creator></office:meta>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="10pt" style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="0.4cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:hyphenate="true"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Sub" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Sect" style:family="section"><style:section-properties><style:columns fo:column-count="{cols}" fo:column-gap="0.6cm"/></style:section-properties></style:style>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
<style:header><text:p text:style-name="Head">The Test Review · Local affairs · Winter issue</text:p></style:header>
<style:footer><text:p text:style-name="Head">Page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Title">{e(title)}</text:p>
<text:section text:style-name="Sect" text:name="Article">
{chr(10).join(parts)}
</text:section>
</office:text></office:body></office:document>'''
open(out, 'w', encoding='utf-8').write(doc)
