# Round 21 fixes applied to a snapshot of the gatherers' files before the merge (see merge-log).
# Found by comparing the bundle's organisations before and after a first merge.
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
# Extensions written under a card's display name: the merge refuses them.
RECORD_NAME = {'Wendel': 'Wendel (Beteiligungsgesellschaft)'}
def rename(r):
    if r['name'] in RECORD_NAME and 'description_en' not in r: r['name'] = RECORD_NAME[r['name']]
    return r
# Units named like another business already in the bundle, or held only in part:
# Epirus's microwave system "Leonidas" is not the Belgian chocolatier; Valmet's business area
# "Automation Solutions" is not Emerson's segment of that name; TUI Cruises is a 50/50 joint
# venture with Royal Caribbean; Clariane's Spanish care brand "Ita" would take "Ita", the
# Italian press's name for ITA Airways; "Guggenheim Investments" is an arm of Guggenheim Partners, which
# the page does not say TWG Global owns outright; the Suez Veolia took over in 2022 is not the
# independent Suez of today that the bundle describes.
DROP = {('Epirus', 'brands'): {'Leonidas'}, ('Valmet', 'subsidiaries'): {'Automation Solutions (business area)'},
        ('TUI', 'brands'): {'TUI Cruises'}, ('Clariane', 'brands'): {'Ita (specialised health care)'}, ('Veolia', 'subsidiaries'): {'Suez (main rival taken over, deal closed 18 January 2022; the French Suez business remained independent)'}, ('TWG Global', 'subsidiaries'): {'Guggenheim Investments', 'Guggenheim Securities'}}
# Press names another, better-known organisation holds: "SIA" is Nexi's payments company in
# Italian news, "BCV" the Banque Cantonale Vaudoise in Swiss news, "EDR" Edmond de Rothschild.
DROP_ALIAS = {'Semiconductor Industry Association': {'SIA'}, 'Bain Capital Ventures': {'BCV'}, 'Endeavor Group Holdings': {'EDR'}}
def drop(r):
    for (name, k), vals in DROP.items():
        if r['name'] == name and k in r:
            r[k] = [x for x in r[k] if x not in vals]
            if not r[k]: del r[k]
    if r['name'] in DROP_ALIAS and 'aliases' in r:
        r['aliases'] = [a for a in r['aliases'] if a not in DROP_ALIAS[r['name']]]
    return r
for n in range(1, 10):
    edit(f'h{n}-orgs.jsonl', rename)
    edit(f'h{n}-orgs.jsonl', drop)
