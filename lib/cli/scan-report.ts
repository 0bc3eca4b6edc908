/** The readable (non-JSON) form of `backstory scan`: each item with its key facts, as-of dates and sources. */
import type { Entity, Fact, FactBundle, FactValue } from '../facts/schema';
import { formatAmount } from '../money/index';
import type { ScanResult } from './scan-core';

/** Facts worth one line each in a terminal report, in this order. */
const KEY_FACTS = ['description', 'role', 'ceo', 'hq', 'country', 'founded', 'ticker', 'marketCap', 'valuation', 'revenue', 'employees'] as const;
const MAX_FACT_LINES = 5;

function valueText(v: FactValue): string {
  switch (v.t) {
    case 'text': return v.v;
    case 'number': return `${v.v.toLocaleString('en-US')}${v.unit ? ` ${v.unit}` : ''}`;
    case 'date': return v.v;
    case 'money': return formatAmount(v.v.amount, v.v.currency, 'en');
    case 'entity': return v.v.name;
    case 'list': return v.v.join(', ');
    case 'ticker': return v.exchange ? `${v.exchange}: ${v.symbol}` : v.symbol;
    case 'role': return `${v.title}, ${v.org.name}${v.since ? ` (since ${v.since})` : ''}`;
  }
}

function factLines(entity: Entity | undefined, bundle: FactBundle): string[] {
  if (!entity) return [];
  const sources = new Map(bundle.sources.map((s) => [s.id, s]));
  const lines: string[] = [];
  for (const key of KEY_FACTS) {
    for (const fact of entity.facts.filter((f: Fact) => f.key === key)) {
      if (lines.length >= MAX_FACT_LINES) return lines;
      const source = sources.get(fact.sources[0] ?? '');
      const text = valueText(fact.value);
      lines.push(`      ${key}: ${text.length > 110 ? `${text.slice(0, 107)}...` : text} (${fact.asOf === 'undated' ? 'undated' : `as of ${fact.asOf}`}; ${source ? source.title : 'source ' + fact.sources[0]})`);
    }
  }
  return lines;
}

export function renderReport(file: string, result: ScanResult, bundle: FactBundle): string {
  const byId = new Map(bundle.entities.map((e) => [e.id, e]));
  const out: string[] = [`${file} (${result.lang}): ${result.mentions.length} mentions, ${result.figures.length} figures`];
  const groups = new Map<string, typeof result.mentions>();
  for (const m of result.mentions) groups.set(m.id, [...(groups.get(m.id) ?? []), m]);
  for (const kind of ['company', 'person'] as const) {
    const list = [...groups.values()].filter((g) => g[0]!.kind === kind);
    if (list.length === 0) continue;
    out.push(kind === 'company' ? '  Companies' : '  People');
    for (const g of list) {
      const surfaces = [...new Set(g.map((m) => m.surface))].map((s) => `"${s}"`).join(', ');
      out.push(`    ${g[0]!.name} ×${g.length} — ${surfaces}`);
      out.push(...factLines(byId.get(g[0]!.id), bundle));
    }
  }
  if (result.figures.length > 0) {
    out.push('  Figures');
    for (const f of result.figures) {
      const kind = f.kind === 'total' ? '' : ` (${f.kind.replace('_', ' ')})`;
      out.push(`    "${f.surface}" = ${formatAmount(f.amount, f.currency, 'en')}${f.currency ? '' : ' (currency not stated)'}${kind} @${f.start}`);
    }
  }
  return out.join('\n');
}
