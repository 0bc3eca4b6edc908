# Round 22 fixes applied to a snapshot of the gatherers' files before the merge, found by comparing
# the bundle's organisations before and after a first merge: brands named like another business
# already in the bundle ("Gap" is also Grupo Aeroportuario del Pacífico's GAP, Riello's boiler
# brand "Beretta" is not Beretta Holding, Heineken's "Messina" beer is not the shipping line
# Ignazio Messina), and aliases that would take another entity's name (Materne's "Pom'Potes",
# the brand itself; "Citterio (salumi)" and the founder's name for the cured-meat maker, while
# the bundle's "Citterio" is Molteni's office-furniture maker).
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
DROP = {('Gap Inc.', 'brands'): {'Gap'}, ('Riello', 'brands'): {'Beretta'}, ('Materne', 'aliases'): {"Pom'Potes"},
        ('Salumificio Citterio', 'aliases'): {'Citterio (salumi)', 'Giuseppe Citterio'}}
RENAME = {('Heineken Italia', 'brands'): {'Messina': 'Birra Messina'}}
def fix(r):
    for (name, k), vals in DROP.items():
        if r['name'] == name and k in r:
            r[k] = [x for x in r[k] if x not in vals]
            if not r[k]: del r[k]
    for (name, k), m in RENAME.items():
        if r['name'] == name and k in r: r[k] = [m.get(x, x) for x in r[k]]
    return r
for n in range(1, 3): edit(f'h{n}-orgs.jsonl', fix)
# A role at an association whose eight-word name the build does not draft as an organisation:
# the acronym is the name, the full name its note.
def short_org(r):
    for role in r.get('roles', []):
        if role.get('organization') == 'Asociación Española de Fabricantes de Productos de Aperitivo (AFAP)':
            role['organization'] = 'AFAP (Asociación Española de Fabricantes de Productos de Aperitivo)'
    return r
for n in range(1, 3): edit(f'h{n}-people.jsonl', short_org)
# A German translation that put the year next to the stake ("2018 60% davon").
def de_text(r):
    t = r.get('description_i18n', {}).get('de', '')
    if '2018 60% davon' in t: r['description_i18n']['de'] = t.replace('2018 60% davon an Italmobiliare verkaufte', 'im Jahr 2018 einen Anteil von 60% an Italmobiliare verkaufte')
    return r
for n in range(1, 3): edit(f'h{n}-people.jsonl', de_text)
