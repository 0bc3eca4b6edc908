/**
 * Issue 8 coverage: of the organisations and business people an article names, how many get a
 * card with cited facts? Fixtures (tests/fixtures/reach/<lang>/*.txt) mark every name a reader
 * would hover, whether or not the database knows it:
 *   [[o:surface]]  [[o:surface|Canonical]]    an organisation (company, brand, investor, outlet)
 *   [[p:surface]]  [[p:surface|Canonical]]    a person
 * A name counts as covered when the scan reports a mention on its span for the right entity and
 * that entity carries at least MIN_CARD_FACTS cited facts besides its one-line summary. Each
 * distinct name counts once per article (a reader hovers it once).
 */
import type { Entity, FactBundle } from '../facts/schema';
import type { ScanMention } from '../cli/scan-core';
import { makeResolver } from './resolve-gold';

export const MIN_CARD_FACTS = 3;

export interface ReachName {
  kind: 'org' | 'person';
  surface: string;
  canonical: string;
  start: number;
  end: number;
}

export interface ReachDoc {
  id: string;
  lang: string;
  text: string;
  names: ReachName[];
}

const MARK = /\[\[([op]):([^\]|]+?)(?:\|([^\]]+?))?\]\]/g;

export function parseReachDoc(source: string, id: string, lang: string): ReachDoc {
  let text = '';
  let last = 0;
  const names: ReachName[] = [];
  for (const m of source.matchAll(MARK)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    const start = text.length;
    text += m[2]!;
    names.push({ kind: m[1] === 'p' ? 'person' : 'org', surface: m[2]!, canonical: (m[3] ?? m[2]!).trim(), start, end: text.length });
  }
  text += source.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error(`${id}: a [[...]] mark is malformed (want [[o:name]] or [[p:name|Canonical]])`);
  return { id, lang, text, names };
}

export interface ReachTally {
  names: number;
  covered: number;
  /** Known to the database but not found on the page, or found as another entity. */
  notFound: number;
  /** Not in the database at all. */
  unknown: number;
  /** In the database, found, but with fewer than MIN_CARD_FACTS cited facts. */
  thin: number;
}

export interface ReachMiss {
  doc: string;
  kind: 'org' | 'person';
  surface: string;
  why: 'unknown' | 'not found' | 'thin';
}

export interface ReachReport {
  byLang: Map<string, Record<'org' | 'person', ReachTally>>;
  misses: ReachMiss[];
}

const cardFacts = (e: Entity): number => e.facts.filter((f) => f.key !== 'description' && f.sources.length > 0).length;
const empty = (): ReachTally => ({ names: 0, covered: 0, notFound: 0, unknown: 0, thin: 0 });

export function scoreReach(bundle: FactBundle, docs: readonly { doc: ReachDoc; mentions: readonly ScanMention[] }[]): ReachReport {
  const resolver = makeResolver(bundle);
  const byId = new Map(bundle.entities.map((e) => [e.id, e]));
  const byLang = new Map<string, Record<'org' | 'person', ReachTally>>();
  const misses: ReachMiss[] = [];
  for (const { doc, mentions } of docs) {
    const tallies = byLang.get(doc.lang) ?? { org: empty(), person: empty() };
    byLang.set(doc.lang, tallies);
    // Per article and entity: covered if any of its marked spans is found as that entity.
    const seen = new Map<string, { name: ReachName; found: boolean; id?: string }>();
    for (const name of doc.names) {
      const id = resolver.resolve(name.canonical, name.kind === 'person' ? 'people' : 'companies');
      const key = `${name.kind}\u0000${id ?? name.canonical.toLowerCase()}`;
      const hit = id !== undefined && mentions.some((m) => m.id === id && m.start < name.end && m.end > name.start);
      const prev = seen.get(key);
      if (!prev) seen.set(key, { name, found: hit, id });
      else prev.found ||= hit;
    }
    for (const { name, found, id } of seen.values()) {
      const t = tallies[name.kind];
      t.names++;
      const entity = id ? byId.get(id) : undefined;
      let why: ReachMiss['why'] | undefined;
      if (!entity) why = 'unknown';
      else if (!found) why = 'not found';
      else if (cardFacts(entity) < MIN_CARD_FACTS) why = 'thin';
      if (!why) t.covered++;
      else {
        if (why === 'unknown') t.unknown++;
        else if (why === 'thin') t.thin++;
        else t.notFound++;
        misses.push({ doc: doc.id, kind: name.kind, surface: name.surface, why });
      }
    }
  }
  return { byLang, misses };
}

export function coverage(t: ReachTally): number {
  return t.names === 0 ? 1 : t.covered / t.names;
}

export function renderReach(report: ReachReport, maxMisses = 40): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const lines = ['lang  organisations: covered/names (%)  unknown not-found thin   people: covered/names (%)  unknown not-found thin'];
  const all = { org: empty(), person: empty() };
  const row = (lang: string, t: Record<'org' | 'person', ReachTally>) =>
    `${lang.padEnd(5)} ${`${t.org.covered}/${t.org.names}`.padStart(22)} ${pct(coverage(t.org))}  ${String(t.org.unknown).padStart(7)} ${String(t.org.notFound).padStart(9)} ${String(t.org.thin).padStart(4)}   ${`${t.person.covered}/${t.person.names}`.padStart(17)} ${pct(coverage(t.person))}  ${String(t.person.unknown).padStart(7)} ${String(t.person.notFound).padStart(9)} ${String(t.person.thin).padStart(4)}`;
  for (const [lang, t] of [...report.byLang].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(row(lang, t));
    for (const k of ['org', 'person'] as const) for (const f of ['names', 'covered', 'notFound', 'unknown', 'thin'] as const) all[k][f] += t[k][f];
  }
  lines.push(row('all', all));
  if (report.misses.length > 0) {
    lines.push('', `Misses (${Math.min(maxMisses, report.misses.length)} of ${report.misses.length}):`);
    for (const m of report.misses.slice(0, maxMisses)) lines.push(`  ${m.why.padEnd(9)} ${m.kind.padEnd(6)} ${m.doc}  "${m.surface}"`);
  }
  return lines.join('\n');
}
