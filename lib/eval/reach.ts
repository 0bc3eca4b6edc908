/**
 * Issue 8 coverage: of the organisations and business people an article names, how many get a
 * card with cited facts? Fixtures (tests/fixtures/reach/<lang>/*.txt) mark every name a reader
 * would hover, whether or not the database knows it:
 *   [[o:surface]]  [[o:surface|Canonical]]    an organisation (company, brand, investor, outlet)
 *   [[p:surface]]  [[p:surface|Canonical]]    a person
 * A name counts as covered when the scan reports a mention on its span for the right entity and
 * that entity's card has cited facts besides its one-line summary (the issue's test: "a card with
 * cited facts"); `full` counts those with at least FULL_CARD_FACTS. Each distinct name counts
 * once per article (a reader hovers it once). The right entity: the one the gold's canonical
 * name resolves to, or, when the canonical is a form the bundle does not list ("ProSiebenSat.1"
 * for "ProSiebenSat.1 Media"), the entity found on the span if one name contains the other.
 * A unit found on the whole marked span counts for its owner or parent: the writers marked
 * "Mediobanca Securities" as Mediobanca, and the reader hovering it gets the unit's card, which
 * links to Mediobanca (reported apart as `unit`). The other way round, an owner the text names by
 * its own name counts too: "Più cauta Mediobanca" where the writer meant its research arm
 * Mediobanca Securities, "Macquarie" for Macquarie Asset Management; the reader hovering the name
 * written gets that company's card (reported apart as `owner`).
 */
import type { Entity, FactBundle } from '../facts/schema';
import type { ScanMention } from '../cli/scan-core';
import { makeResolver } from './resolve-gold';

export const FULL_CARD_FACTS = 3;

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
  /** In the database and found, but its card has no cited fact besides the summary. */
  thin: number;
  /** Covered with at least FULL_CARD_FACTS cited facts. */
  full: number;
  /**
   * Covered through a shorter name found on the span because the database does not know the
   * canonical one: "ProSiebenSat.1" as ProSiebenSat.1 Media, but also "Bankinter Portugal" as
   * Bankinter (the parent's card). Reported apart, so the figure can be read without them.
   */
  shorter: number;
  /** Covered through a unit of the named entity found on the whole marked span (its card links the owner). */
  unit: number;
  /** Covered through the owner or parent of the entity meant, which the text names by its own name ("Mediobanca" for Mediobanca Securities). */
  owner: number;
}

export interface ReachMiss {
  doc: string;
  kind: 'org' | 'person';
  surface: string;
  why: 'unknown' | 'not found' | 'thin';
}

/** A mention the scan reports where the writers marked no name: a place, a product, a family. */
export interface ReachStray {
  doc: string;
  surface: string;
  /** The entity the scan named. */
  name: string;
}

export interface ReachReport {
  byLang: Map<string, Record<'org' | 'person', ReachTally>>;
  misses: ReachMiss[];
  /** Every mention the scan reported, and those on text the writers left unmarked. */
  marks: number;
  strays: ReachStray[];
}

const cardFacts = (e: Entity): number => e.facts.filter((f) => f.key !== 'description' && f.sources.length > 0).length;
const empty = (): ReachTally => ({ names: 0, covered: 0, notFound: 0, unknown: 0, thin: 0, full: 0, shorter: 0, unit: 0, owner: 0 });
const loose = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** "ProSiebenSat.1" and "ProSiebenSat.1 Media", "Walgreens" and "Walgreens Boots Alliance". */
const sameName = (a: string, b: string): boolean => {
  const [x, y] = [loose(a), loose(b)];
  return x.length >= 3 && y.length >= 3 && (` ${y} `.includes(` ${x} `) || ` ${x} `.includes(` ${y} `));
};

/** Whether `surface` is one of the entity's own names (its name or an alias), loosely compared. */
const namedAs = (e: Entity | undefined, surface: string): boolean => e !== undefined && [e.name, ...e.aliases.map((a) => a.text)].some((n) => loose(n) === loose(surface));

export function scoreReach(bundle: FactBundle, docs: readonly { doc: ReachDoc; mentions: readonly ScanMention[] }[]): ReachReport {
  const resolver = makeResolver(bundle);
  const byId = new Map(bundle.entities.map((e) => [e.id, e]));
  // Whether `unitId`'s owner or parent (three levels up) is `ownerId`.
  const isUnitOf = (unitId: string, ownerId: string): boolean => {
    let e = byId.get(unitId);
    for (let i = 0; i < 3 && e; i++) {
      const up = e.facts.find((f) => (f.key === 'owner' || f.key === 'parent') && f.value.t === 'entity')?.value;
      const upId = up?.t === 'entity' ? up.v.id : undefined;
      if (!upId) return false;
      if (upId === ownerId) return true;
      e = byId.get(upId);
    }
    return false;
  };
  const byLang = new Map<string, Record<'org' | 'person', ReachTally>>();
  const misses: ReachMiss[] = [];
  const strays: ReachStray[] = [];
  let marks = 0;
  for (const { doc, mentions } of docs) {
    // The writers mark every organisation and business person, so a mention outside all marks
    // is most likely a false positive (or a product or place the brief leaves unmarked).
    marks += mentions.length;
    for (const m of mentions) if (!doc.names.some((n) => m.start < n.end && m.end > n.start)) strays.push({ doc: doc.id, surface: m.surface, name: m.name });
    const tallies = byLang.get(doc.lang) ?? { org: empty(), person: empty() };
    byLang.set(doc.lang, tallies);
    // Per article and entity: covered if any of its marked spans is found as that entity.
    const seen = new Map<string, { name: ReachName; found: boolean; id?: string; shorter: boolean; unit: boolean; owner: boolean }>();
    for (const name of doc.names) {
      const onSpan = mentions.filter((m) => m.start < name.end && m.end > name.start && (m.kind === 'person') === (name.kind === 'person'));
      const resolved = resolver.resolve(name.canonical, name.kind === 'person' ? 'people' : 'companies');
      const id = resolved ?? onSpan.find((m) => sameName(m.name, name.canonical))?.id;
      const key = `${name.kind}\u0000${id ?? name.canonical.toLowerCase()}`;
      const exact = id !== undefined && onSpan.some((m) => m.id === id);
      const unitCard = onSpan.find((m) => m.start <= name.start && m.end >= name.end && id !== undefined && m.id !== undefined && isUnitOf(m.id, id));
      const unit = !exact && unitCard !== undefined && cardFacts(byId.get(unitCard.id!)!) > 0;
      const ownerCard = exact || unit ? undefined : onSpan.find((m) => m.start <= name.start && m.end >= name.end && id !== undefined && m.id !== undefined && isUnitOf(id, m.id) && namedAs(byId.get(m.id), name.surface));
      const owner = ownerCard !== undefined && cardFacts(byId.get(ownerCard.id!)!) > 0;
      const hit = exact || unit || owner;
      const prev = seen.get(key);
      if (!prev) seen.set(key, { name, found: hit, id, shorter: resolved === undefined, unit, owner });
      else {
        // Found as the entity itself anywhere in the article, it is no unit's or owner's cover.
        if (exact) prev.unit = prev.owner = false;
        else if (hit && !prev.found) [prev.unit, prev.owner] = [unit, owner];
        prev.found ||= hit;
      }
    }
    for (const { name, found, id, shorter, unit, owner } of seen.values()) {
      const t = tallies[name.kind];
      t.names++;
      const entity = id ? byId.get(id) : undefined;
      let why: ReachMiss['why'] | undefined;
      if (!entity) why = 'unknown';
      else if (!found) why = 'not found';
      else if (cardFacts(entity) === 0) why = 'thin';
      if (!why) {
        t.covered++;
        if (cardFacts(entity!) >= FULL_CARD_FACTS) t.full++;
        if (shorter) t.shorter++;
        if (unit) t.unit++;
        if (owner) t.owner++;
      }
      else {
        if (why === 'unknown') t.unknown++;
        else if (why === 'thin') t.thin++;
        else t.notFound++;
        misses.push({ doc: doc.id, kind: name.kind, surface: name.surface, why });
      }
    }
  }
  return { byLang, misses, marks, strays };
}

export function coverage(t: ReachTally): number {
  return t.names === 0 ? 1 : t.covered / t.names;
}

const TALLY_FIELDS = ['names', 'covered', 'notFound', 'unknown', 'thin', 'full', 'shorter', 'unit', 'owner'] as const;

/** All languages together. */
export function reachTotals(report: ReachReport): Record<'org' | 'person', ReachTally> {
  const all = { org: empty(), person: empty() };
  for (const t of report.byLang.values()) for (const k of ['org', 'person'] as const) for (const f of TALLY_FIELDS) all[k][f] += t[k][f];
  return all;
}

/** `maxStrays` apart from `maxMisses`: a held-out set's false marks can be read without its misses. */
export function renderReach(report: ReachReport, maxMisses = 40, maxStrays = maxMisses): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const lines = ['lang  organisations: covered/names (%)  3+facts unknown not-found   people: covered/names (%)  3+facts unknown not-found'];
  const row = (lang: string, t: Record<'org' | 'person', ReachTally>) =>
    `${lang.padEnd(5)} ${`${t.org.covered}/${t.org.names}`.padStart(22)} ${pct(coverage(t.org))}  ${String(t.org.full).padStart(7)} ${String(t.org.unknown).padStart(7)} ${String(t.org.notFound + t.org.thin).padStart(9)}   ${`${t.person.covered}/${t.person.names}`.padStart(17)} ${pct(coverage(t.person))}  ${String(t.person.full).padStart(7)} ${String(t.person.unknown).padStart(7)} ${String(t.person.notFound + t.person.thin).padStart(9)}`;
  for (const [lang, t] of [...report.byLang].sort(([a], [b]) => a.localeCompare(b))) lines.push(row(lang, t));
  const all = reachTotals(report);
  lines.push(row('all', all));
  lines.push('', `Of the covered, through another name found on its span (the database lacks the name marked; e.g. a unit found as its parent): ${all.org.shorter} organisations, ${all.person.shorter} people; through a unit of the entity named, found on the whole marked span ("Mediobanca Securities" marked as Mediobanca): ${all.org.unit} organisations; through the owner the text names by its own name ("Mediobanca" meant as Mediobanca Securities): ${all.org.owner} organisations`);
  lines.push('', `Marks outside the names the writers marked: ${report.strays.length} of ${report.marks} (${((100 * report.strays.length) / Math.max(1, report.marks)).toFixed(1)} %)`);
  for (const m of report.strays.slice(0, maxStrays)) lines.push(`  ${m.doc}  "${m.surface}" -> ${m.name}`);
  if (report.misses.length > 0) {
    lines.push('', `Misses (${Math.min(maxMisses, report.misses.length)} of ${report.misses.length}):`);
    for (const m of report.misses.slice(0, maxMisses)) lines.push(`  ${m.why.padEnd(9)} ${m.kind.padEnd(6)} ${m.doc}  "${m.surface}"`);
  }
  return lines.join('\n');
}
