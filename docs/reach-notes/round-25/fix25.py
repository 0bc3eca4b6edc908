"""Edits applied to the round-25 snapshot before the merge (see docs/detection.md, "Round 25").

Acronyms and short words that other entities already answer to in the press the bundle serves
(Italian first): SIA is the Italian payments firm (Nexi), CCB Cassa Centrale Banca, RBI Raiffeisen
Bank International, MOL the Hungarian oil group, HAL Halliburton's ticker, ABC the broadcasters,
RAM the truck brand, SKY the broadcaster; bare words that are other companies' names (Origin,
Vista, Argos, Regent, New World, Bell) or common surnames (Strauss, Lazarus).
"""
import json, sys, glob, os
DROP = {
    'Hindustan Aeronautics': ['HAL'], 'Singapore Airlines': ['SIA'], 'Aditya Birla Group': ['ABG'],
    'CapitaLand Investment': ['CLI'], 'China Merchants Group': ['CMG'], 'Standard Bank Group': ['SBG'],
    'China Construction Bank': ['CCB'], 'Royal Air Maroc': ['RAM'], 'Agricultural Bank of China': ['ABC'],
    'Restaurant Brands International Inc.': ['RBI'], 'Sky Airline': ['SKY'], 'BCE Inc': ['Bell'],
    'Vista Energy': ['Vista'], 'Cementos Argos': ['Argos'], 'Regent Seven Seas Cruises': ['Regent'],
    'Origin Energy': ['Origin'], 'New World Development': ['New World'], 'Mitsui O.S.K. Lines': ['MOL'],
    'Strauss Group': ['Strauss'], 'Lazarus Partnership': ['Lazarus'],
    # SNB is the Swiss National Bank in the press the bundle serves.
    'Saudi National Bank': ['SNB', 'Saudi National Bank (SNB)'],
    'Capital A Berhad': ['Capital A Berhad'],
    # "BoE" is the Bank of England.
    'BOE Technology': ['BOE'],
    # "Téva" is M6's television channel (a brand card of its own): the drugmaker keeps its full names.
    'Teva Pharmaceutical Industries Ltd': ['Teva'],
}
# List entries whose bracketed note the build drops, leaving a bare name that is another entity's:
# "Apollo" (Travelport's booking system), "Glamour" (Condé Nast's magazine), "LD" (Libertad
# Digital), "Pioneer" (the Berlin outlet The Pioneer), "PTT" (a card of unknown kind).
LIST_DROP = {
    'Baidu': ['Apollo (autonomous driving)'], 'Japan Tobacco International': ['Glamour', 'LD'],
    'Corteva': ['Pioneer (seeds)'], 'Türkiye Wealth Fund': ['PTT (national postal operator)'],
    # Bought in 2004 and sold to Sonova in 2009 (the bundle's brand card says Sonova).
    'Boston Scientific': ['Advanced Bionics (acquired 2004 for $740 million)'],
}
# Renamed: "Capital A" alone reads "Capital a" ("Le capital a augmenté"); PLN is the zloty's code.
RENAME = {'Capital A': 'Capital A Berhad'}
SUBSIDIARY_RENAME = {'PLN': 'Perusahaan Listrik Negara'}
d = sys.argv[1]
done = set()
for f in sorted(glob.glob(os.path.join(d, 'h*-orgs.jsonl'))):
    out = []
    for line in open(f):
        r = json.loads(line)
        r['name'] = RENAME.get(r['name'], r['name'])
        if 'subsidiaries' in r:
            r['subsidiaries'] = [SUBSIDIARY_RENAME.get(x, x) for x in r['subsidiaries']]
        # A 50/50 joint venture has two holders, not one owner (its major_shareholders say so).
        if r['name'] == 'JERA':
            r.pop('owner', None)
            for src in r['sources']:
                src['fields'] = [f for f in src.get('fields', []) if f != 'owner']
        # George Weston Limited is no bundle entity yet: the holder is kept as a shareholder card.
        if r['name'] == 'Loblaw Cos.' and r.get('parent') == 'George Weston Limited':
            r.pop('parent')
            r['major_shareholders'] = r.get('major_shareholders', []) + ['George Weston Limited']
            for src in r['sources']:
                src['fields'] = ['major_shareholders' if f == 'parent' else f for f in src.get('fields', [])]
        # The year was set next to the stake ("en 2014 40 %"): the checker reads "201440".
        if r['name'] == 'Shanghai Electric Group':
            fr = r['description_i18n']['fr']
            r['description_i18n']['fr'] = fr.replace("qui a acquis en 2014 40 % de l'italien Ansaldo Energia pour 400 millions d'euros.", "qui a acquis 40 % de l'italien Ansaldo Energia pour 400 millions d'euros en 2014.")
            assert r['description_i18n']['fr'] != fr
        # The audit found filings that put Brookfield Infrastructure Partners in Bermuda; its
        # cited page did not come back, so the country is left out.
        if r['name'] == 'Brookfield Infrastructure Partners L.P.':
            r.pop('country', None)
            for src in r['sources']:
                src['fields'] = [f for f in src.get('fields', []) if f != 'country']
        for key in ('brands', 'subsidiaries'):
            if r['name'] in LIST_DROP and key in r:
                r[key] = [x for x in r[key] if x not in LIST_DROP[r['name']]]
        drop = DROP.get(r['name'])
        if drop and 'aliases' in r:
            r['aliases'] = [a for a in r['aliases'] if a not in drop]
            done.add(r['name'])
        out.append(json.dumps(r, ensure_ascii=False) + '\n')
    open(f, 'w').writelines(out)
# Tony Fernandes's roles name the group by its old short name: the renamed record.
for f in sorted(glob.glob(os.path.join(d, 'h*-people.jsonl'))):
    out = []
    for line in open(f):
        r = json.loads(line)
        for role in r.get('roles', []):
            if role.get('organization') in RENAME: role['organization'] = RENAME[role['organization']]
        out.append(json.dumps(r, ensure_ascii=False) + '\n')
    open(f, 'w').writelines(out)
missing = set(DROP) - done
print('fixed', len(done), 'missing', sorted(missing))
