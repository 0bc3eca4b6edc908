"""Round 29 fixes before the merge (python3 fix29.py snapA), and after it on the curated files
(python3 fix29.py --curated /work/main/data/sources/curated)."""
import json, sys, glob, os, datetime

def rewrite(path, fn):
    # A line whose record is unchanged is kept as written (the curated files mix two spacings).
    out = []
    for line in open(path):
        if not line.strip(): continue
        before = json.loads(line)
        r = fn(json.loads(line))
        if r is None: continue
        out.append(line.rstrip('\n') if r == before else json.dumps(r, ensure_ascii=False, separators=(',', ':')))
    open(path, 'w').write('\n'.join(out) + '\n')

if sys.argv[1] != '--curated':
    d = sys.argv[1]
    # Dates read from article numbers in URLs: a date after today is no publication date.
    TODAY = datetime.date.today().isoformat()
    def drop_future(r):
        for s in r.get('sources', []):
            if str(s.get('date', '')) > TODAY: del s['date']
        return r
    for path in glob.glob(os.path.join(d, 'h*.jsonl')): rewrite(path, drop_future)
    # Extensions written under a card's short name: the record's own name, as in rounds 24-28.
    RENAME = {'Metso': 'Metso (2020–present)'}
    def rename(r):
        r['name'] = RENAME.get(r['name'], r['name'])
        return r
    for path in glob.glob(os.path.join(d, 'h*-orgs.jsonl')): rewrite(path, rename)
    # An owner written as a list of four siblings read as the first of them ("Guido"): the family
    # named first, the siblings and shares kept in the bracket.
    def barilla(r):
        if r['name'] == 'Guido Barilla & F.lli' and str(r.get('owner', '')).startswith('Guido, Luca'):
            r['owner'] = 'Barilla family (Guido, Luca, Paolo and Emanuela Barilla, 22.5% each; 10% own shares)'
        return r
    for path in glob.glob(os.path.join(d, 'h*-orgs.jsonl')): rewrite(path, barilla)
    # Owners written as lists of people or as a phrase: the family (or the members) named first so
    # the card names them, the detail kept in the bracket.
    OWNERS = {
        'Geschwister Oetker Beteiligungen KG': 'Oetker family (Alfred Oetker, Carl Ferdinand Oetker and Julia Johanna Oetker)',
        'San Faustin': 'Rocca family (through Rocca & Partners Stichting Administratiekantoor Aandelen San Faustin)',
        'SAS Rue La Boétie': "Crédit Agricole's 39 regional banks (its members)",
        'Diethelm Keller Holding': 'Diethelm family and Keller family (four founding lines)',
        'Merloni Holding': 'Merloni family (Francesco Merloni and his children Paolo and Maria Francesca Merloni)',
        'Cremofin': 'Cremonini family (Luigi Cremonini and his children, through Cafin and Tina srl)',
    }
    def owners(r):
        if r['name'] in OWNERS and 'owner' in r: r['owner'] = OWNERS[r['name']]
        return r
    for path in glob.glob(os.path.join(d, 'h*-orgs.jsonl')): rewrite(path, owners)
    # A year right before a figure in a translation reads as one number ("en 2022 57 %"): the year moved.
    I18N = {
        ('SAS Rue La Boétie', 'fr'): "Holding commune par laquelle les 39 caisses régionales du Crédit Agricole détenaient 57 % de Crédit Agricole S.A., l'entité cotée, en 2022.",
        ('Pag S.r.l.', 'fr'): 'Petite holding par laquelle la famille Invernizzi détient 70 % du groupe laitier piémontais Inalpi depuis 2015.',
        ('Pag S.r.l.', 'de'): 'Kleine Holding, über die die Familie Invernizzi 70 % der piemontesischen Molkereigruppe Inalpi hält (seit 2015).',
        ('Seegrund', 'de'): 'Mit Damm-Präsident Demetrio Carceller verbundene niederländische Beteiligungsgesellschaft, die 16,03 % der Brauerei aus Barcelona hielt (Stand 2020).',
        ('Lubea', 'fr'): "Groupe d'investissement allemand qui a acquis 26 % du laboratoire espagnol Esteve Healthcare en 2023 pour environ 450 millions d'euros, en vue d'une future introduction en Bourse.",
    }
    def i18n(r):
        for (name, lang), text in I18N.items():
            if r['name'] == name and 'description_i18n' in r: r['description_i18n'][lang] = text
        return r
    for path in glob.glob(os.path.join(d, 'h*-orgs.jsonl')): rewrite(path, i18n)
    # A trust office whose page gives its owner and one note: too thin for a card of its own (its
    # stake stays in Bekaert's shareholder list).
    def bekaert(r):
        return None if r['name'] == 'Stichting Administratiekantoor Bekaert' else r
    for path in glob.glob(os.path.join(d, 'h*-orgs.jsonl')): rewrite(path, bekaert)
else:
    cur = sys.argv[2]
    # Viessmann's own record listed "Viessmann Climate Solutions" as an alias, so Carrier's 2024
    # purchase of the climate business made the whole family group Carrier's (round 29's h2 notes:
    # the group stays family-owned). The alias goes; the unit gets its own card under Carrier.
    def viessmann(r):
        if r.get('name') == 'Viessmann' and 'aliases' in r:
            r['aliases'] = [a for a in r['aliases'] if a != 'Viessmann Climate Solutions']
        return r
    rewrite(os.path.join(cur, 'reach-orgs.jsonl'), viessmann)
