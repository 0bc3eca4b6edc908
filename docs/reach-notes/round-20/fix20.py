# Round 20 fixes applied to a snapshot of the gatherers' files before the merge (see merge-log).
import json, sys, os
d = sys.argv[1]
def edit(fname, fn):
    p = os.path.join(d, fname)
    if not os.path.exists(p): return
    out = []
    for l in open(p):
        if not l.strip(): continue
        r = fn(json.loads(l))
        if r is not None: out.append(json.dumps(r, ensure_ascii=False))
    open(p, 'w').write('\n'.join(out) + '\n')
# Extensions written under a card's display name (the list files gave it): the merge refuses them
# and asks for the record's own name.
RECORD_NAME = {'Française des Jeux': 'Française des Jeux (Lotterie)', 'Wendel': 'Wendel (Beteiligungsgesellschaft)', 'Metso': 'Metso (2020–present)'}
def rename(r):
    if r['name'] in RECORD_NAME and 'description_en' not in r: r['name'] = RECORD_NAME[r['name']]
    return r
for n in range(1, 10): edit(f'h{n}-orgs.jsonl', rename)
# Found by comparing the bundle's organisations before and after a first merge (owners changed):
# Merial's flea treatment "Frontline" made the tanker company Frontline plc its brand, and TUI's
# "RIU (hotels)" made the Riu family's hotel chain, of which TUI holds a stake only, TUI's own.
DROP = {'Merial': ('brands', 'Frontline'), 'TUI': ('brands', 'RIU (hotels)')}
def drop(r):
    if r['name'] in DROP:
        k, v = DROP[r['name']]
        r[k] = [x for x in r.get(k, []) if x != v]
        if not r[k]: del r[k]
    return r
for n in range(1, 10): edit(f'h{n}-orgs.jsonl', drop)
