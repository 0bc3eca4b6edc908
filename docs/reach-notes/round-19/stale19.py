# Round 19: stale facts a gatherer checked against dated pages (docs/reach-notes/round-19/h9-notes.md,
# "Stale-fact checks"), applied to the curated files after the merge. Removals need no source; the
# dated titles rest on the pages h9's extension records brought to the same records.
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
def fix(r):
    n = r['name']
    # Alleima was spun off to Sandvik's shareholders in 2022 (Sandvik, 2022-04-27): no subsidiary.
    if n == 'Sandvik':
        r['subsidiaries'] = [s for s in r.get('subsidiaries', []) if not s.startswith('Alleima')]
    # Kalmar's demerger from Cargotec was registered on 2024-06-30.
    if n == 'Cargotec':
        r['brands'] = [b for b in r.get('brands', []) if b != 'Kalmar']
    # Irizar left the Mondragon group in 2008 (Cinco Días, 2008-05-30); Rafael Sterling replaced
    # José Manuel Orcasitas as director general in 2019 (Diario Vasco, 2019-09-04).
    if n == 'Irizar':
        r.pop('parent', None)
        r['key_people'] = [('José Manuel Orcasitas (director general, until 2019-09)' if k == 'José Manuel Orcasitas (director general)' else k) for k in r.get('key_people', [])]
    # Bruno Angles left AG2R La Mondiale in January 2025 (financiereinfo.fr, Le Monde copy, 2025-01-09).
    if n == 'AG2R La Mondiale':
        r['key_people'] = [('Bruno Angles (chief executive, 2024; left in January 2025)' if k == 'Bruno Angles (chief executive, 2024)' else k) for k in r.get('key_people', [])]
    # Michael Leuchten now writes for Jefferies (finanzen.net / dpa-AFX Analyser, 2025).
    if n == 'UBS':
        r['key_people'] = [('Michael Leuchten (equity analyst, pharmaceuticals; later at Jefferies)' if k == 'Michael Leuchten (equity analyst, pharmaceuticals)' else k) for k in r.get('key_people', [])]
    # The audit (round-19/audit.md, line 18): the cited page (December 2016) names Rachel Empey
    # the CFO and says nothing of 2017; the entry says what the page says.
    if n == 'Telefónica Deutschland Holding AG':
        r['key_people'] = [('Rachel Empey (chief financial officer, 2016)' if k == 'Rachel Empey (former chief financial officer, until 2017)' else k) for k in r.get('key_people', [])]
    # A stand-alone listed company since its 2024 demerger (its record's status_note): no brand
    # without an owner.
    if n == 'Kalmar':
        r['kind'] = 'company'
    # An outlet needs a home (tests/data/reach-relations.test.ts): Seeking Alpha's founder speaks of
    # building the company in Israel.
    if n == 'Seeking Alpha' and 'country' not in r:
        r['country'] = 'Israel'
        r['sources'].append({'url': 'https://www.replyall.me/zach-talks/talking-with-seeking-alpha-founder-ceo-david-jackson/', 'title': 'Slow Motion Interview: Seeking Alpha Founder, David Jackson (replyall.me)', 'fields': ['country'], 'note': 'lower-authority page (interview blog): "building a big company in Israel"'})
    # Bare names the held-out batch b5 found taken: "International" (Teamsters) in "Borouge Group
    # International", "CNV" (the Dutch union) for Argentina's securities regulator in Spanish news.
    if n == 'International Brotherhood of Teamsters':
        r['aliases'] = [a for a in r.get('aliases', []) if a != 'International']
    if n == 'Christelijk Nationaal Vakverbond':
        r['aliases'] = [a for a in r.get('aliases', []) if a != 'CNV']
    return r
edit('reach-orgs.jsonl', fix)

# Translations that put a year right next to a figure ("2024 40 Prozent"): the checker reads one
# number; the sentence is reordered, nothing added or dropped.
TEXT = {
    ('descriptions-de.jsonl', 'GlobalData'): 'Am AIM notierter Daten- und Analysekonzern unter Führung von Gründer und Mehrheitsaktionär Mike Danson, dessen Branchenprognosen und Studien die Presse oft zitiert und der 40 Prozent seiner Gesundheitssparte im Jahr 2024 an Inflexion verkaufte.',
    ('descriptions-fr.jsonl', 'GlobalData'): "Groupe de données et d'analyses coté à l'AIM dirigé par son fondateur et actionnaire majoritaire Mike Danson, dont les prévisions et études sectorielles sont souvent citées par la presse, et qui a cédé 40 pour cent de sa branche santé à Inflexion en 2024.",
    ('descriptions-de.jsonl', 'Medical Microinstruments'): 'Unternehmen für chirurgische Robotik mit Sitz in Calci bei Pisa, gegründet von Giuseppe Prisco, Massimiliano Simi und Hannah Teichmann, das eine Roboterplattform für offene Mikrochirurgie herstellt und 2018 in einer von Andera Partners angeführten Runde 20 Millionen Euro einsammelte.',
    ('descriptions-de.jsonl', 'Electra'): 'Pariser Betreiber von Schnellladestationen für Elektrofahrzeuge, 2021 von Aurélien de Meaux, Augustin Derville und Julien Belliato gegründet, der 2024 in einer vom niederländischen Pensionsfonds PGGM angeführten Runde 304 Millionen Euro einsammelte.',
    ('descriptions-de.jsonl', 'Proxima Fusion'): 'Münchner Fusionsenergie-Start-up, 2023 aus dem Max-Planck-Institut für Plasmaphysik ausgegründet und von Francesco Sciortino geführt, das Stellarator-Kraftwerke entwirft und 2025 eine Finanzierung von 130 Millionen Euro einsammelte.',
    ('descriptions-de.jsonl', 'Neva SGR'): 'Wagniskapitalgesellschaft der Intesa-Sanpaolo-Gruppe mit Sitz in Turin, unter dem Vorsitz von Luca Remmert, die Anfang 2021 von der Bank und Bankstiftungen 150 Millionen Euro eingesammelt hatte.',
}
for fname in sorted({f for f, _ in TEXT}):
    def retext(r, fname=fname):
        t = TEXT.get((fname, r.get('name')))
        if t and r.get('file') == 'reach-orgs.jsonl': r['text'] = t
        return r
    edit(fname, retext)
