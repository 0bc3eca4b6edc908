import json,glob,os
DROP_ALIASES={'sindacato OCST','GdB','Trinity','DGT','NCA','UF','Unión Ferroviaria (UF)','EDV','EdV','EduV','fonds Ace Aéro Partenaires',
 'agence Belga','persagentschap Belga','Nachrichtenagentur Belga','agenzia Belga','Belga (news agency)','Contargo-Netzwerk','Contargo network','Trinity Steel'}
OWNER_TO_NOTE={'Nerbio','Belga','Belgrano Cargas y Logística'}
RENAME={'Radiotelevisione svizzera':'Radiotelevisione svizzera di lingua italiana'}
for f in sorted(glob.glob('/work/r35/h*-orgs.jsonl'))+sorted(glob.glob('/work/r35/h*-people.jsonl')):
    out=[]
    for l in open(f):
        if not l.strip(): continue
        r=json.loads(l)
        r['name']=RENAME.get(r['name'],r['name'])
        if 'aliases' in r: r['aliases']=[a for a in r['aliases'] if a not in DROP_ALIASES and a!=r['name']]
        if r['name'] in OWNER_TO_NOTE and 'owner' in r:
            own=r.pop('owner'); note=f'Owned by {own}'
            r['status_note']=(r['status_note']+'; '+note) if 'status_note' in r else note
            for s in r['sources']:
                if 'owner' in s.get('fields',[]): s['fields']=[x if x!='owner' else 'status_note' for x in s['fields']]
                if s.get('fields',[]).count('status_note')>1: s['fields']=list(dict.fromkeys(s['fields']))
        out.append(json.dumps(r,ensure_ascii=False))
    open('/work/r35/w1/'+os.path.basename(f),'w').write('\n'.join(out)+'\n')
print('ok')
