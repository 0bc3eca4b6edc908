# own-edits.py: this session's own curated edits (re-applied after restoring the curated files).
import json
p='data/sources/curated/reach-orgs.jsonl'
L=open(p).read().split('\n')
for i,l in enumerate(L):
    if l.startswith('{"name":"Elia","kind":"company"'):
        r=json.loads(l)
        r['aliases']=['Elia Group']
        for s in r['sources']:
            if s['title'].startswith('Elia Group breidt'): s['fields']=s['fields']+['aliases']
        L[i]=json.dumps(r,ensure_ascii=False,separators=(',',':'))
open(p,'w').write('\n'.join(L))
