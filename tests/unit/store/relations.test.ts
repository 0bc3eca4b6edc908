/**
 * Issue #8 in the store: the relTarget index finds an owner's brands and units (bundled and from
 * packs), entityDetails carries them ranked and cited, and an owned entity carries its owner's
 * key facts. A small bundle modelled on the curated Stellantis records; "Test Motors" is fictional.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactsDb } from '../../../lib/facts/db';
import { entityDetails } from '../../../lib/facts/details';
import { importPack } from '../../../lib/facts/packs';
import { entitiesRelatedTo } from '../../../lib/facts/query';
import { ownerKeyFacts, relationTargetIds, unitsOf } from '../../../lib/facts/relations';
import type { Entity, Fact } from '../../../lib/facts/schema';
import { seedBundle } from '../../../lib/facts/seed';
import { freshDb } from './db-helpers';
import { samplePack, smallBundle, SOURCES } from './small-bundle';

const cite = (key: string, value: Fact['value'], asOf = '2025'): Fact => ({ key, value, asOf, sources: ['s.openai'] });
const owned = (id: string, name: string, key: 'owner' | 'parent' | 'manager', ownerId: string, extra: Fact[] = []): Entity => ({
  id, kind: key === 'parent' ? 'company' : 'brand', name, aliases: [], facts: [cite(key, { t: 'entity', v: { id: ownerId, name: 'x' } }), ...extra],
});

const STELLANTIS: Entity = {
  id: 'c.stellantis', kind: 'company', name: 'Stellantis', aliases: [],
  facts: [
    cite('description', { t: 'text', v: 'Carmaker formed in 2021, owning brands such as Jeep, Fiat and Maserati.' }),
    cite('country', { t: 'text', v: 'Netherlands' }),
    cite('ceo', { t: 'entity', v: { id: 'p.sam-altman', name: 'Antonio Filosa (test link)' } }),
    cite('ticker', { t: 'ticker', symbol: 'STLA', exchange: 'NYSE' }),
    cite('revenue', { t: 'money', v: { amount: 153.5e9, currency: 'EUR' } }),
  ],
};
const BRANDS: Entity[] = [
  owned('b.lancia', 'Lancia', 'owner', 'c.stellantis', [cite('founded', { t: 'date', v: '1906' })]),
  owned('b.maserati', 'Maserati', 'owner', 'c.stellantis'),
  owned('b.jeep', 'Jeep', 'owner', 'c.stellantis'),
  owned('b.fiat', 'Fiat', 'owner', 'c.stellantis'),
  owned('c.test-motors', 'Test Motors', 'parent', 'c.stellantis'),
  owned('b.self', 'Selfish', 'owner', 'b.self'),
];

let db: FactsDb;
beforeAll(async () => {
  db = await freshDb();
  const base = smallBundle('rel');
  await seedBundle(db, { ...base, entities: [...base.entities, STELLANTIS, ...BRANDS], sources: SOURCES });
  const pack = samplePack();
  pack.entities = [{ ...owned('u.user-brand', 'User Brand', 'owner', 'c.stellantis'), facts: [{ ...cite('owner', { t: 'entity', v: { id: 'c.stellantis', name: 'Stellantis' } }), sources: ['n.1'] }] }];
  pack.deals = [];
  await importPack(db, pack);
});

describe('relation targets and ranking (pure)', () => {
  it('indexes owner, parent and manager ids, never the entity itself or conflicting values', () => {
    expect(relationTargetIds(BRANDS[0]!)).toEqual(['c.stellantis']);
    expect(relationTargetIds(BRANDS[5]!)).toEqual([]);
    const withConflict = owned('b.x', 'X', 'owner', 'c.a');
    withConflict.facts[0]!.conflicts = [{ value: { t: 'entity', v: { id: 'c.b', name: 'B' } }, asOf: '2020', sources: ['s.openai'] }];
    expect(relationTargetIds(withConflict)).toEqual(['c.a']);
  });

  it('ranks units the owner’s description names first, in its order, then richer records, then by name', () => {
    expect(unitsOf(STELLANTIS, BRANDS).map((u) => u.name)).toEqual(['Jeep', 'Fiat', 'Maserati', 'Lancia', 'Test Motors']);
    expect(unitsOf(STELLANTIS, BRANDS)[4]).toMatchObject({ id: 'c.test-motors', rel: 'parent', asOf: '2025', sources: ['s.openai'] });
  });

  it('picks up to three of the owner’s key facts: HQ (or country), CEO, listing', () => {
    expect(ownerKeyFacts(STELLANTIS).map((f) => f.key)).toEqual(['country', 'ceo', 'ticker']);
  });
});

describe('relTarget index and entity details', () => {
  it('finds bundled and pack units of an owner in one index read', async () => {
    expect((await entitiesRelatedTo(db, 'c.stellantis')).map((e) => e.id).sort()).toEqual(
      ['b.fiat', 'b.jeep', 'b.lancia', 'b.maserati', 'c.test-motors', 'u.user-brand'],
    );
    expect(await entitiesRelatedTo(db, 'c.openai')).toEqual([]);
  });

  it('gives an owner’s card its ranked units with their sources resolved (pack sources too)', async () => {
    const details = (await entityDetails(db, 'c.stellantis', '2025'))!;
    expect(details.units?.map((u) => u.id)).toEqual(['b.jeep', 'b.fiat', 'b.maserati', 'b.lancia', 'c.test-motors', 'u.user-brand']);
    expect(details.sources['s.openai']).toBeDefined();
    expect(details.sources['n.1']?.title).toBe('My notes <b>bold</b>');
    expect(details.owners).toBeUndefined();
  });

  it('gives a brand’s card its owner with key facts, and the names those facts link to', async () => {
    const details = (await entityDetails(db, 'b.jeep', '2025'))!;
    expect(details.owners).toEqual([{ id: 'c.stellantis', kind: 'company', name: 'Stellantis', facts: ownerKeyFacts(STELLANTIS) }]);
    expect(details.related['c.stellantis']?.name).toBe('Stellantis');
    expect(details.related['p.sam-altman']?.name).toBe('Sam Altman');
    expect(details.units).toBeUndefined();
  });

  it('gives a person no units', async () => {
    const details = (await entityDetails(db, 'p.sam-altman', '2025'))!;
    expect(details.units).toBeUndefined();
  });
});
