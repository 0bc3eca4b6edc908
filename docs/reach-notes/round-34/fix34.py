# Round 34: aliases taken out before the merge (other entities' names or tickers, common words, surnames).
import json, glob
DROP = {
  'CDC Data Centres': ['CDC'], 'Commonwealth Superannuation Corporation': ['CSC'], 'Genève Aéroport': ['AIG'],
  'Strategic Value Partners': ['SVP'], 'Gram Car Carriers': ['GCC'], 'UK Cinema Association': ['CEA'],
  'Swiss Marketplace Group': ['SMG'], 'Recognition Music Group': ['RMG'], 'Hipgnosis Songs Fund': ['HSF'],
  'FC Basel 1893': ['FCB'], 'APK Pensionskasse': ['APK'], 'Schweizerischer Kosmetik- und Waschmittelverband': ['SKW'],
  'Bidfood': ['3663'], 'Valida Pension': ['Valida'], 'Atalaya Mining': ['Atalaya'], 'Cineplanet': ['Cineplex'],
  'Morgans Financial': ['Morgans'], 'Ámbito Financiero': ['Ámbito', 'ámbito.com'], 'Schwäbische Zeitung': ['Schwäbische'],
  'Log-In Logística Intermodal': ['Log-In'], 'Deutsche Druck- und Verlagsgesellschaft': ['ddvg', 'dd_vg'],
  'Hellmann Worldwide Logistics': ['Hellmann'], 'UK Infrastructure Bank': ['NWF'], 'Universidad Tecnológica de México': ['Unitec'],
}
for p in sorted(glob.glob('/work/r34/h*-orgs.jsonl')):
    out = []
    for line in open(p):
        if not line.strip(): continue
        r = json.loads(line)
        gone = DROP.get(r['name'], [])
        if gone:
            r['aliases'] = [a for a in r.get('aliases', []) if a not in gone]
            print(p.split('/')[-1], r['name'], '-', gone)
        out.append(json.dumps(r, ensure_ascii=False))
    open(p, 'w').write('\n'.join(out) + '\n')
# Wave 2: "SHI" (other companies' acronym), a generic "Investimenti e Partecipazioni", a title form of PAW Patrol.
# Wave 3: common words and other companies' acronyms ("Kickoff", "Profi", "Technet", "Evolve", "Wilo",
# "CASA", "DRAG", "DTC", "TCS", "EVG", "JBF", "IGW", "Echelon").
