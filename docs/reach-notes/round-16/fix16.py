# Round 16 fixes applied to a snapshot of the gatherers' files before the merge (see merge-log).
import json, sys, glob, os
d = sys.argv[1]
def edit(fname, fn):
    p = os.path.join(d, fname)
    out = []
    for l in open(p):
        if not l.strip(): continue
        r = json.loads(l)
        r = fn(r)
        if r is not None: out.append(json.dumps(r, ensure_ascii=False))
    open(p, 'w').write('\n'.join(out) + '\n')
def orgs1(r):
    if r['name'] == 'Alessi':
        r['description_i18n']['de'] = 'Familienkontrollierter Hersteller von Design-Haushaltswaren aus Omegna im Piemont, an dem der britische Fonds Oakley Capital im Jahr 2019 einen Anteil von 40 % übernahm.'
    return r
def orgs4(r):
    if r['name'] == 'Citibanamex':
        r['description_i18n']['de'] = 'Nach Bilanzsumme viertgrößte Finanzgruppe Mexikos, die von Citigroup abgespalten wird; Citi verkaufte im Dezember 2025 einen Anteil von 25 % an den Investor Fernando Chico Pardo, vor einem geplanten Börsengang.'
    # A public-law chamber, not a business association: public bodies are out of scope.
    if r['name'].startswith('Cámara de Comercio de España'): return None
    return r
def people4(r):
    # Roles at associations the bundle does not hold (Abert, Unica): the role would name no entity.
    if r['name'] in ('João Roberto Marinho', 'Rubens Ometto'):
        r['roles'] = [x for x in r['roles'] if not x['organization'].startswith(('Associação Nacional de Jornais', 'União da Indústria'))]
    return r
edit('h1-orgs.jsonl', orgs1); edit('h4-orgs.jsonl', orgs4); edit('h4-people.jsonl', people4)
def as_shareholders(r, field):
    # An owner or parent that is no entity in the bundle (a family, an unlisted holding) is kept
    # as what it is, a shareholder, cited by the same pages.
    r['major_shareholders'] = r.get('major_shareholders', []) + [r.pop(field)]
    for s in r['sources']:
        if field in s.get('fields', []):
            s['fields'] = [f for f in s['fields'] if f != field] + (['major_shareholders'] if 'major_shareholders' not in s['fields'] else [])
    return r
def orgs1b(r):
    if r['name'] == "d'Amico International Shipping":
        r['aliases'] = [a for a in r['aliases'] if a != 'DIS']  # "DIS" is Italy's intelligence department
        r = as_shareholders(r, 'parent')
    return r
def orgs4b(r):
    if r['name'] == 'C6 Bank':
        r['description_i18n']['de'] = 'Brasilianische Digitalbank, 2019 von früheren Partnern von BTG Pactual gegründet und von Marcelo Kalim geführt, an der JPMorgan Chase im Jahr 2021 einen Anteil von 40 % erwarb und den sie später auf 46 % aufstockte.'
    return r
def orgs5(r):
    if r['name'] == 'Reitangruppen': r = as_shareholders(r, 'owner')
    return r
def people1(r):
    if r['name'] == 'Roberto Nicastro':
        r['roles'] = [x for x in r['roles'] if not x['organization'].startswith("the four 'good banks'")]
    return r
edit('h1-orgs.jsonl', orgs1b); edit('h4-orgs.jsonl', orgs4b); edit('h5-orgs.jsonl', orgs5); edit('h1-people.jsonl', people1)
