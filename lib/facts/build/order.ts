/** Deterministic record order for the bundle. */
import { FACT_KEYS, type Entity, type Fact } from '../schema';

const KEY_RANK = new Map<string, number>(FACT_KEYS.map((k, i) => [k, i]));

/** Known keys in FACT_KEYS order, then other keys alphabetically; stable within a key. */
export function stableSortFacts(facts: Fact[]): Fact[] {
  const rank = (k: string) => KEY_RANK.get(k) ?? FACT_KEYS.length;
  return facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f.key) - rank(b.f.key) || (a.f.key < b.f.key ? -1 : a.f.key > b.f.key ? 1 : 0) || a.i - b.i)
    .map((x) => x.f);
}

export function sortEntities(entities: Entity[]): Entity[] {
  return [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** JSON with object keys sorted at every level: byte-stable output whatever the build order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
    }
    return v;
  });
}
