# One cited fact from each of 22 round-16 records, chosen with a fixed seed (full records and
# extensions alike): the field must be listed in a source's `fields`; lists give their first entry.
import json, random, glob
random.seed(16)
recs = []
for f in sorted(glob.glob('/work/reach16/snap/h[0-9]-*.jsonl')):
    for l in open(f):
        if l.strip(): recs.append((f.split('/')[-1], json.loads(l)))
SKIP = {'name', 'aliases', 'sources', 'kind', 'description_en', 'description_i18n', 'wikipedia'}
out = []
for fname, r in random.sample(recs, 22):
    fields = [k for k in r if k not in SKIP and not k.endswith('_conflict') and any(k in s.get('fields', []) for s in r['sources'])]
    if not fields: continue
    k = random.choice(fields)
    s = next(s for s in r['sources'] if k in s.get('fields', []))
    v = r[k]
    if isinstance(v, list) and v: v = v[0]
    out.append({'record': r['name'], 'field': k, 'value': v, 'url': s['url'], 'title': s.get('title', ''), 'file': fname})
with open('/work/reach16/audit-sample.jsonl', 'w') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out))
