"""Round 28 fixes before the merge (run on a snapshot dir: python3 fix28.py snapA)."""
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

# Dates read from article numbers in URLs ("/2070076/", "ELIS-20566590", ".../20959318.html"):
# a year after this one is no publication date, so the date goes.
import datetime
YEAR = str(datetime.date.today().year)
for path in glob.glob(os.path.join(d, 'h*-orgs.jsonl')):
    out = []
    for line in open(path):
        if not line.strip(): continue
        r = json.loads(line)
        for s in r.get('sources', []):
            if s.get('date', '')[:4] > YEAR: del s['date']
        out.append(json.dumps(r, ensure_ascii=False))
    open(path, 'w').write('\n'.join(out) + '\n')

# TUI's list named "RIU" as a brand: RIU Hotels & Resorts is the Riu family's (51 %), TUI's a
# minority partner; the brand line goes (the relation would make TUI its owner).
for path in glob.glob(os.path.join(d, 'h*-orgs.jsonl')):
    out = []
    for line in open(path):
        if not line.strip(): continue
        r = json.loads(line)
        if r['name'] == 'TUI' and 'brands' in r:
            r['brands'] = [b for b in r['brands'] if b != 'RIU']
            if not r['brands']:
                del r['brands']
                for s in r['sources']: s['fields'] = [f for f in s.get('fields', []) if f != 'brands']
                r['sources'] = [s for s in r['sources'] if s['fields']]
        out.append(json.dumps(r, ensure_ascii=False))
    open(path, 'w').write('\n'.join(out) + '\n')
