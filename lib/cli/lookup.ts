/** `backstory lookup "<name or alias>" [--json]`: the best matching entity with all facts and their sources. */
import { loadBundleFromDisk } from '../facts/load-bundle-node';
import type { Fact, FactBundle, FactValue, Source } from '../facts/schema';
import { findEntity } from './lookup-match';

function formatValue(v: FactValue): string {
  switch (v.t) {
    case 'text': return v.v;
    case 'number': return `${v.v.toLocaleString('en-US')}${v.unit ? ` ${v.unit}` : ''}`;
    case 'date': return v.v;
    case 'money': return `${v.v.amount.toLocaleString('en-US')} ${v.v.currency}${v.v.text ? ` (${v.v.text})` : ''}${v.label ? ` - ${v.label}` : ''}`;
    case 'entity': return v.v.id ? `${v.v.name} [${v.v.id}]` : v.v.name;
    case 'list': return v.v.join('; ');
    case 'ticker': return v.exchange ? `${v.exchange}: ${v.symbol}` : v.symbol;
    case 'role': return `${v.title}, ${v.org.name}${v.org.id ? ` [${v.org.id}]` : ''}${v.since ? ` since ${v.since}` : ''}${v.until ? ` until ${v.until}` : ''}`;
  }
}

export async function runLookup(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const query = argv.filter((a) => a !== '--json').join(' ').trim();
  if (!query) {
    console.error('backstory lookup: give a name, alias or ticker, e.g. lookup "Piazzetta Cuccia"');
    return 2;
  }
  const bundle: FactBundle = await loadBundleFromDisk();
  const hit = findEntity(bundle, query);
  if (!hit) {
    console.error(`backstory lookup: nothing matches "${query}" among ${bundle.entities.length} entities (try another spelling, an alias or a ticker)`);
    return 1;
  }
  const sourceById = new Map(bundle.sources.map((s) => [s.id, s]));
  const resolve = (ids: string[]): Source[] => ids.map((id) => sourceById.get(id) ?? { id, url: 'about:blank', title: '(missing source)', authority: 'lower' as const });
  const withSources = (f: Fact) => ({
    ...f,
    sources: resolve(f.sources),
    ...(f.conflicts ? { conflicts: f.conflicts.map((c) => ({ ...c, sources: resolve(c.sources) })) } : {}),
  });
  const e = hit.entity;
  const deals = bundle.deals.filter((d) => d.target.id === e.id || d.acquirers.some((a) => a.id === e.id));
  if (json) {
    console.log(JSON.stringify({
      query,
      match: hit.how,
      version: bundle.version,
      dataDate: bundle.dataDate,
      entity: { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, facts: e.facts.map(withSources) },
      deals: deals.map((d) => ({ id: d.id, kind: d.kind, title: d.title, status: d.status, announced: d.announced, closed: d.closed, amount: d.amount, sources: resolve(d.sources) })),
    }));
    return 0;
  }
  console.log(`${e.name}  (${e.kind}, ${e.id}; matched ${hit.how} on "${query}")`);
  if (e.aliases.length) console.log(`  also: ${e.aliases.map((a) => a.text).filter((t) => t !== e.name).join(', ')}`);
  for (const f of e.facts) {
    console.log(`  ${f.key}: ${formatValue(f.value)}  [as of ${f.asOf}]`);
    for (const s of resolve(f.sources)) console.log(`      source: ${s.title}${s.date ? ` (${s.date})` : ''} <${s.url}>`);
    for (const c of f.conflicts ?? []) console.log(`      other value: ${formatValue(c.value)} [as of ${c.asOf}; ${resolve(c.sources).map((s) => s.title).join('; ')}]`);
  }
  for (const d of deals) console.log(`  deal: ${d.title} (${d.status}${d.announced ? `, announced ${d.announced}` : ''})`);
  return 0;
}
