/**
 * Everything a card needs for one entity, with sources, deals and linked entities resolved:
 *
 *   entity ─┬─ deals (party index) ─────────────┐
 *           ├─ units (relTarget index, issue #8) ├─▶ linked names + sources (one read each)
 *           └─ owners (its owner/parent/manager) ┘
 */
import type { EntityDetails, OwnerSummary } from '../messaging/protocol';
import type { FactsDb } from './db';
import { dealsByParty, entitiesRelatedTo, getEntities, getEntity, getSources } from './query';
import { ownerKeyFacts, relationTargetIds, unitsOf, type UnitRef } from './relations';
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

export function referencedIds(
  entity: Entity,
  deals: readonly Deal[],
  extra: { units?: readonly UnitRef[]; owners?: readonly OwnerSummary[]; packs?: readonly (string | undefined)[] } = {},
): { sources: Set<string>; entities: Set<string>; packs: Set<string> } {
  const sources = new Set<string>();
  const entities = new Set<string>();
  const packs = new Set<string>();
  if (entity.pack) packs.add(entity.pack);
  for (const pack of extra.packs ?? []) if (pack) packs.add(pack);
  factRefs(entity.facts, sources, entities);
  for (const deal of deals) {
    if (deal.pack) packs.add(deal.pack);
    for (const id of deal.sources) sources.add(id);
    factRefs(deal.facts ?? [], sources, entities);
    for (const ref of [...deal.acquirers, deal.target]) if (ref.id) entities.add(ref.id);
  }
  for (const unit of extra.units ?? []) for (const id of unit.sources) sources.add(id);
  for (const owner of extra.owners ?? []) factRefs(owner.facts, sources, entities);
  entities.delete(entity.id);
  return { sources, entities, packs };
}

export async function entityDetails(db: FactsDb, id: string, dataDate: string): Promise<EntityDetails | null> {
  const entity = await getEntity(db, id);
  if (!entity) return null;
  // A person's card is about roles, not holdings: no reverse lookup for people.
  const isPerson = entity.kind === 'person';
  const [deals, related, ownerMap] = await Promise.all([
    dealsByParty(db, id),
    isPerson ? Promise.resolve([]) : entitiesRelatedTo(db, id),
    getEntities(db, relationTargetIds(entity)),
  ]);
  const units = isPerson ? [] : unitsOf(entity, related);
  const owners: OwnerSummary[] = [...ownerMap.values()].map((o) => ({ id: o.id, kind: o.kind, name: o.name, facts: ownerKeyFacts(o) }));
  const packs = [...related.map((e) => e.pack), ...[...ownerMap.values()].map((e) => e.pack)];
  const refs = referencedIds(entity, deals, { units, owners, packs });
  for (const owner of owners) refs.entities.delete(owner.id); // already loaded
  const [sources, linked] = await Promise.all([getSources(db, refs.sources, refs.packs), getEntities(db, [...refs.entities])]);
  const names: EntityDetails['related'] = {};
  for (const other of [...ownerMap.values(), ...linked.values()]) names[other.id] = { id: other.id, kind: other.kind, name: other.name };
  delete names[entity.id];
  const details: EntityDetails = { entity, sources, deals, related: names, dataDate };
  if (units.length > 0) details.units = units;
  if (owners.length > 0) details.owners = owners;
  return details;
}
