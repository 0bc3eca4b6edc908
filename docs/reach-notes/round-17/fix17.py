# Round 17 fixes applied to a snapshot of the gatherers' files before the merge (see merge-log).
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
def drop_people(r, names):
    if 'key_people' in r:
        r['key_people'] = [k for k in r['key_people'] if not any(k.startswith(n) for n in names)]
        if not r['key_people']:
            del r['key_people']
            for s in r['sources']: s['fields'] = [f for f in s.get('fields', []) if f != 'key_people']
    return r
# Names whose spelling the gatherer corrected from memory ("Larim" on the page, "Abderaman"):
# the page's spelling is not trusted and the corrected one is not cited, so neither is kept.
edit('h3-orgs.jsonl', lambda r: drop_people(r, ('Vadim Larin', 'Abderrahmane El Aoufir')))
# Two different Chris Turners (Yum! Brands' chief executive, ING's head of FX strategy): the
# bundle joins people by name, so one card would carry both careers. ING's strategist, quoted
# across European markets news, keeps the name; Yum! Brands' line loses him.
edit('h2-orgs.jsonl', lambda r: drop_people(r, ('Chris Turner',)) if r['name'].startswith('Yum') else r)
edit('h2-people.jsonl', lambda r: None if r['name'] == 'Chris Turner' else r)
# Apple's App Store and iCloud are services the press names as products ("wegen des App Store"),
# not organisations; the corpus marks no card for them.
def apple(r):
    if r['name'] == 'Apple Inc.' and 'brands' in r:
        r['brands'] = [b for b in r['brands'] if b not in ('App Store', 'iCloud')]
    return r
edit('h8-orgs.jsonl', apple)
# The checker's rule, missed in two German one-liners: no year right before a figure.
def de_years(r):
    t = r.get('description_i18n', {})
    if r['name'] == 'Cash App':
        t['de'] = 'US-Bezahl- und Finanz-App von Block, 2013 als Square Cash gestartet, die im März 2023 auf 53 Millionen monatlich aktive Nutzer kam.'
    if r['name'] == 'Dieter Morszeck':
        t['de'] = 'Deutscher Unternehmer, Enkel des Rimowa-Gründers, der 1972 in den Kölner Kofferhersteller eintrat, ihn ab 1982 führte und im Jahr 2016 einen Anteil von 80% an LVMH verkaufte, aber als Co-Chef blieb.'
    return r
for f in os.listdir(d):
    if f.endswith('.jsonl'): edit(f, de_years)
def as_shareholders(r, field):
    # An owner that is no one entity ("Siris Capital Group and Evergreen Coast Capital") is kept
    # as what it is, the shareholders, cited by the same pages.
    r['major_shareholders'] = r.get('major_shareholders', []) + [r.pop(field)]
    for s in r['sources']:
        if field in s.get('fields', []):
            s['fields'] = [x for x in s['fields'] if x != field] + ([] if 'major_shareholders' in s['fields'] else ['major_shareholders'])
    return r
edit('h4-orgs.jsonl', lambda r: as_shareholders(r, 'owner') if r['name'] == 'Travelport' and ' and ' in r.get('owner', '') else r)
# A slash pair names no one employer: the hotel's own name is kept.
def pasricha(r):
    for role in r.get('roles', []):
        if role.get('organization', '').startswith('Estelle Manor / Maison Estelle'): role['organization'] = 'Estelle Manor (private members\' club)'
    return r
for f in os.listdir(d):
    if f.endswith('-people.jsonl'): edit(f, pasricha)
