"""Round 27 fixes before the merge (run on a snapshot dir: python3 fix27.py snapA)."""
import json, sys, glob, os
d = sys.argv[1]
# Extensions written under a card's short name, and analysts under "Bank of America Merrill Lynch"
# (a name the bundle knows only from a list): the records' own names, as in rounds 24 and 26.
RENAME = {'Wendel': 'Wendel (Beteiligungsgesellschaft)', 'Française des Jeux': 'Française des Jeux (Lotterie)',
          'Bank of America Merrill Lynch': 'Bank of America'}
for path in glob.glob(os.path.join(d, 'h*-orgs.jsonl')):
    out = []
    for line in open(path):
        if not line.strip(): continue
        r = json.loads(line)
        r['name'] = RENAME.get(r['name'], r['name'])
        out.append(json.dumps(r, ensure_ascii=False))
    open(path, 'w').write('\n'.join(out) + '\n')
