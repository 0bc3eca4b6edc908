"""Round 33's edits to the gathered records before the merge (run on snapA copies, writes h*.jsonl)."""
import json, glob, os
DROP_ALIAS = {
    'Teacher Retirement System of Texas': {'TRS'},        # a brand's name in the bundle
    'Vertex Holdings': {'Vertex'},                        # Vertex Pharmaceuticals' short name
    'Fullerton Fund Management': {'Fullerton'},           # a surname, a town
    'RCL Foods': {'RCL'},                                 # Royal Caribbean's ticker
    'Container Terminal Tollerort': {'CTT'},              # the Portuguese post (CTT)
}
# The bundle holds Crédit Mutuel's unit "OLB": the bank's records extend it under that name.
RENAME = {'Oldenburgische Landesbank': 'OLB'}
for path in sorted(glob.glob('/work/r33/snapA/h*-orgs.jsonl')) + sorted(glob.glob('/work/r33/snapA/h*-people.jsonl')):
    out = []
    for line in open(path):
        if not line.strip():
            continue
        r = json.loads(line)
        changed = False
        if r['name'] in DROP_ALIAS and 'aliases' in r:
            r['aliases'] = [a for a in r['aliases'] if a not in DROP_ALIAS[r['name']]]
            changed = True
        if r['name'] in RENAME:
            old = r['name']
            r['name'] = RENAME[old]
            r['aliases'] = [a for a in [old] + r.get('aliases', []) if a != r['name']]
            changed = True
        out.append(json.dumps(r, ensure_ascii=False) if changed else line.rstrip('\n'))
    with open('/work/r33/' + os.path.basename(path), 'w') as f:
        f.write('\n'.join(out) + '\n')
