import csv,sys,collections
known={}
for line in open('/work/r35/known-entities.tsv'):
    c=line.rstrip('\n').split('\t')
    if len(c)<5: continue
    for n in [c[2]]+c[3].split('|'):
        known.setdefault(n.lower(),(c[2],int(c[4]),c[0]))
drop=set(l.strip() for l in open('/work/r35/drop.txt') if l.strip())
rows=collections.OrderedDict()
for b in sys.argv[3].split(','):
    for r in csv.DictReader(open(f'/work/{b}/unmarked.tsv'),delimiter='\t'):
        n=r['canonical']
        if n in drop or n in rows: continue
        k=known.get(n.lower()) or known.get(r['surface'].lower())
        status='new'
        if k:
            if k[1]>=3: continue
            status=f'thin (extend) {k[0]}'
        rows[n]=(status,r['file'].replace('.ann.txt',''),r['sentence'].replace('\t',' '))
names=list(rows.items())
nb=int(sys.argv[1]); start=int(sys.argv[2])
size=(len(names)+nb-1)//nb
for i in range(nb):
    with open(f'/work/r35/h{start+i}-names.tsv','w') as f:
        f.write('name\tstatus\tfrom\tsentence\n')
        for n,(s,fr,se) in names[i*size:(i+1)*size]: f.write(f'{n}\t{s}\t{fr}\t{se}\n')
print(len(names),'names in',nb,'buckets of',size)
