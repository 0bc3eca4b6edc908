/**
 * Ownership relations between entities (issue #8), pure so the store, the CLI and tests share it.
 *
 *   brand / unit / outlet ──owner──▶ X      subsidiary ──parent──▶ X      fund ──manager──▶ X
 *
 * The forward direction is a fact on the owned entity. The reverse ("X's brands and units") is
 * answered by the `relTarget` index over `relationTargetIds` (lib/facts/db.ts), so an owner's card
 * needs one index read instead of a scan, and pack entities owned by a bundled company count too.
 */
import type { Entity, Fact } from './schema';

/** Fact keys that point from an owned entity at its owner, in the order a card names them. */
export const RELATION_KEYS = ['owner', 'parent', 'manager'] as const;
export type RelationKey = (typeof RELATION_KEYS)[number];

export function isRelationKey(key: string): key is RelationKey {
  return (RELATION_KEYS as readonly string[]).includes(key);
}

/** The relation facts of an entity that name an owner by id (the preferred value only: a
 *  conflicting value is another source's claim, often a former owner). */
export function relationFacts(entity: Entity): Array<Fact & { key: RelationKey; value: { t: 'entity'; v: { id: string; name: string } } }> {
  const out = [];
  for (const fact of entity.facts) {
    if (!isRelationKey(fact.key) || fact.value.t !== 'entity' || !fact.value.v.id || fact.value.v.id === entity.id) continue;
    out.push(fact as Fact & { key: RelationKey; value: { t: 'entity'; v: { id: string; name: string } } });
  }
  return out;
}

/** Ids this entity's owner/parent/manager facts point at: the multiEntry key of `relTarget`. */
export function relationTargetIds(entity: Entity): string[] {
  return [...new Set(relationFacts(entity).map((f) => f.value.v.id))];
}

/** One entity owned, controlled or managed by another, with the fact that says so. */
export interface UnitRef {
  id: string;
  kind: Entity['kind'];
  name: string;
  rel: RelationKey;
  asOf: Fact['asOf'];
  sources: string[];
}

/**
 * The units of `owner` among `candidates` (the rows the index returned), main ones first: those
 * the owner's own description names ("owning brands such as Jeep, Fiat…"), in the order it names
 * them (the writer's choice of what matters), then the richer records (more facts: better
 * known), then by name. Deterministic, so cards do not reshuffle.
 */
export function unitsOf(owner: Entity, candidates: readonly Entity[]): UnitRef[] {
  const description = owner.facts.find((f) => f.key === 'description' && f.value.t === 'text');
  const text = description?.value.t === 'text' ? description.value.v.toLowerCase() : '';
  const ranked: Array<{ unit: UnitRef; named: number; facts: number }> = [];
  const seen = new Set<string>();
  for (const entity of candidates) {
    if (seen.has(entity.id) || entity.id === owner.id) continue;
    const fact = relationFacts(entity).find((f) => f.value.v.id === owner.id);
    if (!fact) continue;
    seen.add(entity.id);
    const unit: UnitRef = { id: entity.id, kind: entity.kind, name: entity.name, rel: fact.key, asOf: fact.asOf, sources: fact.sources };
    ranked.push({ unit, named: text === '' ? Infinity : firstMention(text, entity.name), facts: entity.facts.length });
  }
  ranked.sort((a, b) => (a.named === b.named ? 0 : a.named < b.named ? -1 : 1) || b.facts - a.facts || (a.unit.name < b.unit.name ? -1 : a.unit.name > b.unit.name ? 1 : 0));
  return ranked.map((r) => r.unit);
}

/** Where `name` first appears as whole words, case-insensitively ("Fiat" in "…Jeep, Fiat and…",
 *  "Ram" not in "programmes"); Infinity when it does not. */
function firstMention(lowerText: string, name: string): number {
  const needle = name.toLowerCase();
  let at = lowerText.indexOf(needle);
  while (at !== -1) {
    const before = lowerText.charAt(at - 1);
    const after = lowerText.charAt(at + needle.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
    at = lowerText.indexOf(needle, at + 1);
  }
  return Infinity;
}

/** Facts that say who an owner is, in one line under an owned entity's card ("Stellantis —
 *  Amsterdam · CEO Antonio Filosa · NYSE: STLA"). */
const OWNER_FACT_KEYS = ['hq', 'ceo', 'ticker', 'revenue'] as const;
/** A compact line: the owner's own card has everything else, one click away. */
export const MAX_OWNER_FACTS = 3;

/** An owner's key facts for its units' cards: one per key, the country only when no HQ. */
export function ownerKeyFacts(owner: Entity): Fact[] {
  const first = (key: string) => owner.facts.find((f) => f.key === key);
  const keys: string[] = first('hq') ? [...OWNER_FACT_KEYS] : ['country', ...OWNER_FACT_KEYS.slice(1)];
  const out: Fact[] = [];
  for (const key of keys) {
    const fact = first(key);
    if (fact && out.length < MAX_OWNER_FACTS) out.push(fact);
  }
  return out;
}
