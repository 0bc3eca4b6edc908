/**
 * The rule that picks a fact's preferred value when sources disagree (used at build time to
 * merge curated records with the listings, and usable at run time for user packs).
 *
 *   1. Newer as-of wins. Dates compare at the precision both give ("2025" vs "2025-03-31" is
 *      a tie); "undated" is older than any date.
 *   2. At equal as-of, the more authoritative source wins:
 *        primary (company release, SEC filing) > reference (encyclopaedia)
 *        > press > dataset (listings) > user > lower (pages marked lower-authority).
 *      A candidate's authority is that of its best source.
 *   Exception: for facts that do not change over time (TIMELESS_KEYS: founding date, birth
 *   date, identifiers), a newer source is not better informed, so authority comes first and
 *   as-of only breaks ties ("founded 1976" from an encyclopaedia beats a listing's "1977").
 *   3. Still tied: the earlier candidate wins (input order is deterministic), so a curated
 *      record beats a listing that says the same thing at the same date.
 * Equal values are not conflicts: their sources are merged. Losers are kept in `conflicts`.
 */
import type { AsOf, Authority, Fact, FactValue } from './schema';

export const AUTHORITY_RANK: Readonly<Record<Authority, number>> = {
  primary: 6,
  reference: 5,
  press: 4,
  dataset: 3,
  user: 2,
  lower: 1,
};

/** Facts about a past event or a fixed identifier: recency of the source says nothing. */
export const TIMELESS_KEYS: ReadonlySet<string> = new Set(['founded', 'founders', 'foundedPlace', 'born', 'birthplace', 'cik', 'isin']);

export interface Candidate {
  key: string;
  value: FactValue;
  asOf: AsOf;
  sources: string[];
  authority: Authority;
  note?: string;
}

/** >0 when a's as-of is newer than b's, compared at the shared precision. */
export function compareAsOf(a: AsOf, b: AsOf): number {
  if (a === b) return 0;
  if (a === 'undated') return -1;
  if (b === 'undated') return 1;
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x === y ? 0 : x > y ? 1 : -1;
}

/** >0 when a should be preferred over b. */
export function compareCandidates(a: Pick<Candidate, 'asOf' | 'authority'> & { key?: string }, b: Pick<Candidate, 'asOf' | 'authority'>): number {
  const byDate = compareAsOf(a.asOf, b.asOf);
  const byAuthority = AUTHORITY_RANK[a.authority] - AUTHORITY_RANK[b.authority];
  if (a.key !== undefined && TIMELESS_KEYS.has(a.key)) return byAuthority !== 0 ? byAuthority : byDate;
  return byDate !== 0 ? byDate : byAuthority;
}

export function bestAuthority(authorities: readonly Authority[]): Authority {
  let best: Authority = 'lower';
  for (const a of authorities) if (AUTHORITY_RANK[a] > AUTHORITY_RANK[best]) best = a;
  return best;
}

/** Index of the preferred candidate (first one on a full tie); -1 for an empty list. */
export function preferredIndex(candidates: readonly (Pick<Candidate, 'asOf' | 'authority'> & { key?: string })[]): number {
  let best = -1;
  candidates.forEach((c, i) => {
    if (best < 0 || compareCandidates(c, candidates[best]!) > 0) best = i;
  });
  return best;
}

/** Comparable form of a value: case, spacing and accents do not make two values differ. */
export function valueKey(value: FactValue): string {
  // Translations travel with a text but do not make it a different value.
  const text = JSON.stringify(value.t === 'text' ? { t: 'text', v: value.v } : value);
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ');
}

/** `kept` with the translations `other` (an equal text) adds; languages `kept` has win. */
export function withTranslations(kept: FactValue, other: FactValue): FactValue {
  if (kept.t !== 'text' || other.t !== 'text' || !other.i18n) return kept;
  return { ...kept, i18n: { ...other.i18n, ...kept.i18n } };
}

/** Equal values, where a date agrees with a more precise date that starts with it. */
export function sameValue(a: FactValue, b: FactValue): boolean {
  if (a.t === 'date' && b.t === 'date') return a.v.startsWith(b.v) || b.v.startsWith(a.v);
  return valueKey(a) === valueKey(b);
}

/**
 * Merges candidates for one fact key into a Fact: equal values pool their sources, the
 * preferred value (rule above) becomes `value`, every other value goes to `conflicts`.
 */
/** The note a curator's `*_conflict` field carries (fact-helpers.ts conflictCandidate). */
export const CURATOR_CONFLICT_NOTE = 'disagreeing source, as recorded by the curators';

export function resolveFact(candidates: readonly Candidate[]): Fact | undefined {
  const pooled: Candidate[] = [];
  for (const c of candidates) {
    const same = pooled.find((p) => sameValue(p.value, c.value));
    if (!same) {
      pooled.push({ ...c, sources: [...c.sources] });
      continue;
    }
    for (const s of c.sources) if (!same.sources.includes(s)) same.sources.push(s);
    if (compareAsOf(c.asOf, same.asOf) > 0) same.asOf = c.asOf;
    // "2015" and "2015-12-11" agree: keep the more precise date.
    if (same.value.t === 'date' && c.value.t === 'date' && c.value.v.length > same.value.v.length) same.value = c.value;
    same.value = withTranslations(same.value, c.value);
    same.authority = bestAuthority([same.authority, c.authority]);
    if (c.note && !same.note) same.note = c.note;
  }
  // The curators chose the main value; a `*_conflict` field never wins over it, however new its page.
  const main = pooled.map((c, i) => [c, i] as const).filter(([c]) => c.note !== CURATOR_CONFLICT_NOTE);
  const winner = main.length > 0 && main.length < pooled.length ? main[preferredIndex(main.map(([c]) => c))]![1] : preferredIndex(pooled);
  if (winner < 0) return undefined;
  const w = pooled[winner]!;
  const fact: Fact = { key: w.key, value: w.value, asOf: w.asOf, sources: w.sources };
  if (w.note) fact.note = w.note;
  const others = pooled.filter((_, i) => i !== winner);
  if (others.length) {
    fact.conflicts = others.map((o) => (o.note ? { value: o.value, asOf: o.asOf, sources: o.sources, note: o.note } : { value: o.value, asOf: o.asOf, sources: o.sources }));
  }
  return fact;
}
