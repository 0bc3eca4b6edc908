"""Round 33 wave 2: edits to h5-h8 records before the merge (snapB copies -> /work/r33w2)."""
import json, glob, os
DROP_ALIAS = {
    'Cboe Canada': {'NEO'},                       # NEO Investment Partners' name
    'Herald Investment Trust': {'HRI'},           # Hitachi Rail Italy
    'Asbury Automotive Group': {'ABG'},           # ABG Sundal Collier
    'FERI': {'Feri'},                             # the surname of Yvonne Feri; the firm writes FERI
}
os.makedirs('/work/r33w2', exist_ok=True)
for path in sorted(glob.glob('/work/r33/snapB/h*-orgs.jsonl')) + sorted(glob.glob('/work/r33/snapB/h*-people.jsonl')):
    out = []
    for line in open(path):
        if not line.strip():
            continue
        r = json.loads(line)
        if r['name'] in DROP_ALIAS and 'aliases' in r:
            r['aliases'] = [a for a in r['aliases'] if a not in DROP_ALIAS[r['name']]]
            line = json.dumps(r, ensure_ascii=False)
        out.append(line.rstrip('\n'))
    with open('/work/r33w2/' + os.path.basename(path), 'w') as f:
        f.write('\n'.join(out) + '\n')
