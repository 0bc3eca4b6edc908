/** Finds the best entity for a name, alias or ticker: exact > case-insensitive > normalised > prefix > ticker. */
import { normaliseName } from '../facts/aliases';
import { foldAccents } from '../facts/build/ids';
import type { Entity, FactBundle } from '../facts/schema';

export type MatchHow = 'exact' | 'case-insensitive' | 'normalised' | 'ticker' | 'prefix';

export interface LookupHit {
  entity: Entity;
  how: MatchHow;
}

const fold = (s: string) => foldAccents(s).toLowerCase().replace(/\s+/g, ' ').trim();

/** Among several hits, prefer the richer record (more facts), then the smaller id. */
function best(list: Entity[]): Entity | undefined {
  return [...list].sort((a, b) => b.facts.length - a.facts.length || (a.id < b.id ? -1 : 1))[0];
}

export function findEntity(bundle: Pick<FactBundle, 'entities'>, query: string): LookupHit | undefined {
  const q = query.trim();
  if (!q) return undefined;
  const names = (e: Entity) => [e.name, ...e.aliases.map((a) => a.text)];
  const tiers: [MatchHow, (e: Entity) => boolean][] = [
    ['exact', (e) => names(e).includes(q)],
    ['case-insensitive', (e) => names(e).some((n) => fold(n) === fold(q))],
    ['normalised', (e) => names(e).some((n) => normaliseName(n) === normaliseName(q) && normaliseName(q).length > 0)],
    ['ticker', (e) => e.facts.some((f) => f.value.t === 'ticker' && f.value.symbol.toUpperCase() === q.toUpperCase())],
    ['prefix', (e) => normaliseName(q).length >= 3 && names(e).some((n) => normaliseName(n).startsWith(normaliseName(q)))],
  ];
  for (const [how, test] of tiers) {
    const hit = best(bundle.entities.filter(test));
    if (hit) return { entity: hit, how };
  }
  return undefined;
}
