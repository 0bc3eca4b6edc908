"""Round 26 fixes before the merge (run on a snapshot dir: python3 fix26.py snapA)."""
import json, re, sys, glob, os
d = sys.argv[1]
def rewrite(path, fn):
    out = []
    for line in open(path):
        if not line.strip(): continue
        r = fn(json.loads(line))
        if r is not None: out.append(json.dumps(r, ensure_ascii=False))
    open(path, 'w').write('\n'.join(out) + ('\n' if out else ''))

def orgs(r):
    # Analysts written under "Bank of America Merrill Lynch" (a name the bundle knows only from a
    # list) extend Bank of America, as in round 24.
    if r['name'] == 'Bank of America Merrill Lynch': r['name'] = 'Bank of America'
    # German one-liners with a year right before a figure ("2020 7 Millionen"): a word between them.
    de = r.get('description_i18n', {}).get('de')
    if de:
        r['description_i18n']['de'] = re.sub(r'\b((?:19|20)\d\d) (\d)', r'\1 insgesamt \2', de)
    return r

for f in glob.glob(os.path.join(d, 'h*-orgs.jsonl')): rewrite(f, orgs)

def orgs2(r):
    # Aliases that other entities hold: "Proton" is Geely's car brand (the Swiss company is renamed
    # below), "TAG" Snam's Trans Austria Gasleitung (Talent Garden stays "Talent Garden").
    drop = {'Proton AG': {'Proton'}, 'Talent Garden': {'TAG'}}.get(r['name'])
    if drop: r['aliases'] = [a for a in r.get('aliases', []) if a not in drop]
    # BorgWarner's list had Delphi Technologies (sold on to PHINIA in the 2023 spin-off) and PHINIA
    # itself (spun off, no subsidiary): both dropped.
    if r['name'] == 'BorgWarner Inc.':
        r['subsidiaries'] = [s for s in r.get('subsidiaries', []) if not s.startswith(('Delphi Technologies', 'PHINIA'))]
        if not r['subsidiaries']:
            del r['subsidiaries']
            for s in r['sources']: s['fields'] = [f for f in s.get('fields', []) if f != 'subsidiaries']
            r['sources'] = [s for s in r['sources'] if s['fields']]
    # Finleap built Solaris, which SBI now controls: no parent.
    if r['name'] == 'Finleap' and 'subsidiaries' in r:
        r['subsidiaries'] = [s for s in r['subsidiaries'] if not s.startswith('Solaris')]
    return r

for f in glob.glob(os.path.join(d, 'h*-orgs.jsonl')): rewrite(f, orgs2)

def orgs3(r):
    # "Proton AG" shortens to "Proton", Geely's car brand, and the build joined the two: the Swiss
    # company goes by the name of its first product, which its sources also give it, "ProtonMail"
    # ("Proton Technologies" shortens to "Proton" as well).
    if r['name'] == 'Proton AG':
        r['name'] = 'ProtonMail'
        r['aliases'] = []
    return r

def people3(r):
    for role in r.get('roles', []):
        if role.get('organization') == 'Proton AG': role['organization'] = 'ProtonMail'
    return r

for f in glob.glob(os.path.join(d, 'h*-orgs.jsonl')): rewrite(f, orgs3)
for f in glob.glob(os.path.join(d, 'h*-people.jsonl')): rewrite(f, people3)
