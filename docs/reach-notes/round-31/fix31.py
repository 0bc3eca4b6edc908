"""Round 31 fixes before the merge (python3 fix31.py snapA)."""
import json, sys, glob, os, datetime

def rewrite(path, fn):
    # A line whose record is unchanged is kept as written.
    out = []
    for line in open(path):
        if not line.strip(): continue
        before = json.loads(line)
        r = fn(json.loads(line))
        if r is None: continue
        out.append(line.rstrip('\n') if r == before else json.dumps(r, ensure_ascii=False, separators=(',', ':')))
    open(path, 'w').write('\n'.join(out) + ('\n' if out else ''))

d = sys.argv[1]
# Dates read from article numbers in URLs: a date after today is no publication date.
TODAY = datetime.date.today().isoformat()
def drop_future(r):
    for s in r.get('sources', []):
        if str(s.get('date', '')) > TODAY: del s['date']
    return r
for path in glob.glob(os.path.join(d, 'h*.jsonl')): rewrite(path, drop_future)

# House of Fraser's new trading name "Frasers" is already Frasers Group's short name: kept there only.
def frasers(r):
    if r['name'] == 'House of Fraser' and 'Frasers' in r.get('aliases', []):
        r['aliases'] = [a for a in r['aliases'] if a != 'Frasers']
    return r
for path in glob.glob(os.path.join(d, 'h*-orgs.jsonl')): rewrite(path, frasers)

# Extensions written under a card's name: the record's own name, as in rounds 24-30.
RENAME = {'The Estée Lauder Companies': 'Estée Lauder Companies (The)', 'Wendel': 'Wendel (Beteiligungsgesellschaft)',
          'Française des Jeux': 'Française des Jeux (Lotterie)', 'Puma': 'Puma (brand)',
          'The Walt Disney Company': 'Walt Disney Company (The)', 'The Home Depot': 'Home Depot (The)',
          'The Coca-Cola Company': 'Coca-Cola Company (The)', 'The Travelers Companies': 'Travelers Companies (The)',
          'The Mosaic Company': 'Mosaic Company (The)', 'The Hershey Company': 'Hershey Company (The)',
          'The J.M. Smucker Company': 'J.M. Smucker Company (The)'}
def rename(r):
    r['name'] = RENAME.get(r['name'], r['name'])
    return r
for path in glob.glob(os.path.join(d, 'h*-orgs.jsonl')): rewrite(path, rename)

# Brands written under a short name another company goes by: the brand's own longer name, so it
# is drafted apart ("Lincoln" was joined to the bank Lincoln International, "Cricket" to Swedish
# Match's lighters).
BRAND_RENAME = {('Ford Motor Company', 'Lincoln (luxury vehicles; Lincoln Motor Company)'): 'Lincoln Motor Company (luxury vehicles)',
                ('AT&T', 'Cricket (prepaid wireless brand)'): 'Cricket Wireless (prepaid wireless brand)'}
def brand_rename(r):
    if 'brands' in r: r['brands'] = [BRAND_RENAME.get((r['name'], b), b) for b in r['brands']]
    return r
for path in glob.glob(os.path.join(d, 'h*-orgs.jsonl')): rewrite(path, brand_rename)
