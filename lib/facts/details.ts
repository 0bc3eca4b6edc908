/** Everything a card needs for one entity, with sources, deals and linked entities resolved. */
import type { EntityDetails } from '../messaging/protocol';
import type { FactsDb } from './db';
import { dealsByParty, getEntities, getEntity, getSources } from './query';
import type { Deal, Entity, Fact, FactValue } from './schema';

function valueRefs(value: FactValue, out: Set<string>): void {
  if (value.t === 'entity' && value.v.id) out.add(value.v.id);
  if (value.t === 'role' && value.org.id) out.add(value.org.id);
}

function factRefs(facts: readonly Fact[], sources: Set<string>, entities: Set<string>): void {
  for (const fact of facts) {
    for (const id of fact.sources) sources.add(id);
    valueRefs(fact.value, entities);
    for (const conflict of fact.conflicts ?? []) {
      for (const id of conflict.sources) sources.add(id);
      valueRefs(conflict.value, entities);
    }
  }
}

export function referencedIds(entity: Entity, deals: readonly Deal[]): { sources: Set<string>; entities: Set<string>; packs: Set<string> } {
  const sources = new Set<string>();
  const entities = new Set<string>();
  const packs = new Set<string>();
  if (entity.pack) packs.add(entity.pack);
  factRefs(entity.facts, sources, entities);
  for (const deal of deals) {
    if (deal.pack) packs.add(deal.pack);
    for (const id of deal.sources) sources.add(id);
    factRefs(deal.facts ?? [], sources, entities);
    for (const ref of [...deal.acquirers, deal.target]) if (ref.id) entities.add(ref.id);
  }
  entities.delete(entity.id);
  return { sources, entities, packs };
}

export async function entityDetails(db: FactsDb, id: string, dataDate: string): Promise<EntityDetails | null> {
  const entity = await getEntity(db, id);
  if (!entity) return null;
  const deals = await dealsByParty(db, id);
  const refs = referencedIds(entity, deals);
  const [sources, linked] = await Promise.all([getSources(db, refs.sources, refs.packs), getEntities(db, [...refs.entities])]);
  const related: EntityDetails['related'] = {};
  for (const [relatedId, other] of linked) related[relatedId] = { id: relatedId, kind: other.kind, name: other.name };
  return { entity, sources, deals, related, dataDate };
}
