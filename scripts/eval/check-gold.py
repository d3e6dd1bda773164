#!/usr/bin/env python3
"""Checks a gold file against the article text it annotates: anchors unique, keys defined, contexts present.
Usage: check-gold.py GOLD.json ARTICLE_TEXT_FILE [PAGE_TEXT_FILE]"""
import json, sys, re

def norm(s):
    s = s.replace('\u2018', "'").replace('\u2019', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()

gold = json.load(open(sys.argv[1], encoding='utf-8'))
text = norm(open(sys.argv[2], encoding='utf-8').read())
page = norm(open(sys.argv[3], encoding='utf-8').read()) if len(sys.argv) > 3 else None
bad = 0
keys = {s['key'] for s in gold['sources']}
for c in gold['claims']:
    n = text.count(norm(c['anchor']))
    if n != 1:
        print(f'anchor occurs {n} times: {c["anchor"]}'); bad += 1
    for k in (c['source'] if isinstance(c['source'], list) else [c['source']]):
        if k not in keys:
            print(f'unknown source key {k}'); bad += 1
used = {k for c in gold['claims'] if c['required'] for k in (c['source'] if isinstance(c['source'], list) else [c['source']])}
for s in gold['sources']:
    if s['required'] and s['key'] not in used:
        print(f'required source with no required claim: {s["key"]}'); bad += 1
for n in gold['numbers']:
    if norm(n['core']) not in text:
        print(f'number core not in article: {n["core"]}'); bad += 1
    if norm(n['context']) not in text:
        print(f'number context not in article: {n["context"]}'); bad += 1
a = gold.get('article', {})
for w in ('firstWords', 'lastWords'):
    if a.get(w) and norm(a[w]) not in text:
        print(f'{w} not in article: {a[w]}'); bad += 1
for x in a.get('mustExclude', []):
    if norm(x) in text:
        print(f'mustExclude string is inside the article: {x}'); bad += 1
    if page is not None and norm(x) not in page:
        print(f'mustExclude string not on the page: {x}'); bad += 1
if page is not None:
    for c in gold.get('clutter', []):
        if norm(c['contains']) not in page:
            print(f'clutter string not on the page: {c["contains"]}'); bad += 1
req = sum(c['required'] for c in gold['claims'])
print(f'{"OK" if bad == 0 else "PROBLEMS: " + str(bad)}: {req} required claims, {sum(s["required"] for s in gold["sources"])} required sources, {sum(n["required"] for n in gold["numbers"])} required numbers')
sys.exit(1 if bad else 0)
