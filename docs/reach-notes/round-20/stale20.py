# Round 20: stale facts the gatherers found against dated pages (h4, h8 and h9 notes), applied to
# the curated files after the merge. Each new holder of the post came with the round's records,
# cited to the pages that name them; the old entries get the end the pages imply.
import json, os, sys
CUR = sys.argv[1]
def edit(fname, fn):
    # Lines the fix leaves alone are kept byte for byte (the file mixes two JSON spacings).
    p = os.path.join(CUR, fname)
    out = []
    for l in open(p):
        if not l.strip(): continue
        r = json.loads(l)
        before = json.dumps(r, sort_keys=True)
        r = fn(r)
        out.append(l.rstrip('\n') if json.dumps(r, sort_keys=True) == before else json.dumps(r, ensure_ascii=False, separators=(',', ':')))
    open(p, 'w').write('\n'.join(out) + '\n')
RENAME = {
    # Saori Dubourg has run Greiner since 2024-03-01 (h4's pages).
    'Greiner AG': {'Axel Kühner (chief executive)': 'Axel Kühner (former chief executive, until 2024-02)'},
    # Boiron's November 2025 release names Pascal Houdayer chief executive (h8).
    'Laboratoires Boiron': {'Thierry Boiron (chief executive from July 2024; previously chair)': 'Thierry Boiron (chief executive from July 2024 until 2025; previously chair)'},
    # Eelco Spoelder replaced Matthias Holzammer in 2023 (h4).
    'Autoneum': {'Matthias Holzammer (chief executive, succeeded Martin Hirzel)': 'Matthias Holzammer (former chief executive, succeeded Martin Hirzel; until 2023)'},
    # Raúl Gómez became Vidrala's chief executive in 2024-06 (h4).
    'Vidrala': {'Gorka Schmitt Zalbide (CEO)': 'Gorka Schmitt Zalbide (former CEO, until 2024-06)'},
    # Daniel Liedtke has chaired Helsana since 2025-10-01 (h4).
    'Helsana': {'Thomas Szucs (chair of the board of directors)': 'Thomas Szucs (former chair of the board of directors, until 2025-09)'},
    # The audit (round-20/audit.md, line 6): the cited page says Kallen stays chair of the
    # board of directors when he hands over the chief executive's post in 2022, not that he
    # became chair then.
    'Hubert Burda Media': {'Paul-Bernhard Kallen (chair of the board of directors, from 2022; chief executive officer 2010-2021)': 'Paul-Bernhard Kallen (chair of the board of directors; chief executive officer 2010-2021)'},
    # Rafael Berrocal left Mercadona in 2025-02 (h4).
    'Mercadona': {'Rafael Berrocal (general manager of fresh-food purchasing)': 'Rafael Berrocal (former general manager of fresh-food purchasing, until 2025-02)'},
}
# The chief-executive field named the predecessor: the key_people entry with its source says who
# holds the post now, so the old single value goes.
DROP_CEO = {'Greiner AG': 'Axel Kühner', 'Laboratoires Boiron': 'Thierry Boiron'}
def fix(r):
    n = r['name']
    if n in RENAME:
        r['key_people'] = [RENAME[n].get(k, k) for k in r.get('key_people', [])]
    if n in DROP_CEO and r.get('ceo') == DROP_CEO[n]:
        r.pop('ceo', None)
        r.pop('ceo_since', None)
    return r
edit('reach-orgs.jsonl', fix)
