# python3 mk-names.py BATCHDIR NBUCKETS START : split BATCHDIR/unmarked.tsv into hN-names.tsv buckets
import sys, csv, collections
d, nb, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = list(csv.DictReader(open(f'{d}/unmarked.tsv'), delimiter='\t'))
seen = collections.OrderedDict()
for r in rows:
    k = r['canonical'].strip()
    if k.lower() in (x.lower() for x in seen): continue
    seen[k] = r
names = list(seen.items())
per = -(-len(names) // nb)
for b in range(nb):
    part = names[b * per:(b + 1) * per]
    if not part: continue
    with open(f'/work/r38/h{start + b}-names.tsv', 'w') as f:
        f.write('name\tbucket\tstatus\tlang\tsentence\n')
        for k, r in part:
            s = r['sentence'].replace('\t', ' ').replace('\n', ' ')
            f.write(f"{k}\t?\tnew\t{r['lang']}\t{s}\n")
    print(f'h{start + b}: {len(part)} names')
