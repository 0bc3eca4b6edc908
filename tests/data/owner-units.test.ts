/**
 * Issue #8 on the real bundle, seeded into IndexedDB as the background does: owners list their
 * brands and units (each really owned by them, cited and dated), brands name their owner with a
 * few cited key facts, investors named in deals.jsonl see those deals on their card, and media
 * outlets are a deal's party only when deals.jsonl names them as one.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEntityView, MAX_DEALS } from '../../lib/card/entity-view';
import { openFactsDb, type FactsDb } from '../../lib/facts/db';
import { entityDetails } from '../../lib/facts/details';
import { partyName } from '../../lib/facts/build/convert-deals';
import { DATA_DIR } from '../../lib/facts/build/paths';
import { loadBundleFromDisk } from '../../lib/facts/load-bundle-node';
import { entitiesRelatedTo, loadRateBook } from '../../lib/facts/query';
import { relationFacts, relationTargetIds, unitsOf, type UnitRef } from '../../lib/facts/relations';
import type { Entity, FactBundle } from '../../lib/facts/schema';
import { seedBundle } from '../../lib/facts/seed';
import { figureContext } from '../../lib/figures-context';

interface RawDeal { acquirer_or_investors: string[]; target: string }
const rawDeals = (): RawDeal[] =>
  readFileSync(join(DATA_DIR(), 'sources', 'curated', 'deals.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as RawDeal);

let bundle: FactBundle;
let db: FactsDb;
let byId: Map<string, Entity>;
const byName = (name: string) => bundle.entities.find((e) => e.name === name && e.kind !== 'person');
const details = async (id: string) => (await entityDetails(db, id, bundle.dataDate))!;

beforeAll(async () => {
  bundle = await loadBundleFromDisk();
  byId = new Map(bundle.entities.map((e) => [e.id, e]));
  db = await openFactsDb(`owner-units-${process.pid}-${Date.now()}`);
  await seedBundle(db, bundle);
}, 120_000);

describe('brands and units on owners’ cards', () => {
  it('gives Stellantis at least five brands, each owned by Stellantis', async () => {
    const stellantis = byName('Stellantis')!;
    const view = buildEntityView(await details(stellantis.id), 'en');
    const listed = view.units.flatMap((s) => s.items);
    expect(listed.length).toBeGreaterThanOrEqual(5);
    for (const unit of listed) expect(relationTargetIds(byId.get(unit.id)!), unit.name).toContain(stellantis.id);
    expect(listed.map((u) => u.name)).toEqual(expect.arrayContaining(['Jeep', 'Fiat', 'Maserati']));
  });

  it('lists YouTube for Alphabet and Louis Vuitton for LVMH', async () => {
    const names = async (owner: string) => (await details(byName(owner)!.id)).units?.map((u) => u.name) ?? [];
    expect(await names('Alphabet Inc.')).toContain('YouTube');
    expect(await names('LVMH')).toContain('Louis Vuitton');
  });

  it('ties every listed unit of every owner back to that owner, with a resolved source and an as-of', async () => {
    const owners = [...new Set(bundle.entities.flatMap(relationTargetIds))].sort();
    expect(owners.length).toBeGreaterThan(50);
    const sourceIds = new Set(bundle.sources.map((s) => s.id));
    const wrong: string[] = [];
    const check = (ownerId: string, units: readonly UnitRef[], resolved: (id: string) => boolean) => {
      for (const unit of units) {
        const fact = relationFacts(byId.get(unit.id)!).find((f) => f.value.v.id === ownerId);
        if (!fact || unit.sources.length === 0 || !unit.sources.every(resolved) || !unit.asOf) wrong.push(`${ownerId} → ${unit.id}`);
      }
    };
    // Every owner's units as the card gets them (the IndexedDB relation index), sources checked
    // against the bundle; every 25th owner through the whole card read, sources resolved from
    // IndexedDB. Reading every card whole took 100-130 s on the 2-core machine and once ran past
    // its time limit in CI.
    for (const [i, ownerId] of owners.entries()) {
      const owner = byId.get(ownerId)!;
      if (owner.kind === 'person') continue;
      check(ownerId, unitsOf(owner, await entitiesRelatedTo(db, ownerId)), (s) => sourceIds.has(s));
      if (i % 25 === 0) {
        const d = await details(ownerId);
        check(ownerId, d.units ?? [], (s) => Boolean(d.sources[s]));
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

describe('owners on brands’ cards', () => {
  it('shows Jeep’s owner, linked, with 1-3 of Stellantis’ key facts, each cited and dated', async () => {
    const view = buildEntityView(await details(byName('Jeep')!.id), 'en');
    const [owner] = view.owners;
    expect(owner?.link?.id).toBe(byName('Stellantis')!.id);
    expect(owner!.sources.length).toBeGreaterThan(0);
    expect(owner!.facts.length).toBeGreaterThanOrEqual(1);
    expect(owner!.facts.length).toBeLessThanOrEqual(3);
    for (const f of owner!.facts) {
      expect(f.sources.length, f.key).toBeGreaterThan(0);
      expect(f.asOf).not.toBe('');
    }
  });
});

describe('deals of investors and media outlets', () => {
  it('shows investors named in deals.jsonl those deals on their card', async () => {
    const missing: string[] = [];
    let checked = 0;
    for (const raw of rawDeals()) {
      for (const name of raw.acquirer_or_investors) {
        const deal = bundle.deals.find((d) => d.target.name === partyName(raw.target) && d.acquirers.some((a) => a.name === partyName(name)));
        const ref = deal?.acquirers.find((a) => a.name === partyName(name));
        const investor = ref?.id ? byId.get(ref.id) : byName(partyName(name));
        if (!deal || investor?.kind !== 'investor') continue;
        checked++;
        if (ref?.id !== investor.id) {
          missing.push(`${deal.id}: ${name} not resolved to ${investor.id}`);
          continue;
        }
        const d = await details(investor.id);
        const shown = buildEntityView(d, 'en').deals.map((x) => x.id);
        if (!d.deals.some((x) => x.id === deal.id) || (!shown.includes(deal.id) && d.deals.length <= MAX_DEALS)) missing.push(`${investor.id}: ${deal.id}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('makes a media outlet a party only where deals.jsonl names it as acquirer or target', () => {
    const named = new Set(rawDeals().flatMap((r) => [...r.acquirer_or_investors, r.target].map(partyName)));
    const stray = bundle.deals.flatMap((d) =>
      [...d.acquirers, d.target].filter((r) => r.id && byId.get(r.id)?.kind === 'media' && !named.has(r.name)).map((r) => `${d.id}: ${r.name}`),
    );
    expect(stray).toEqual([]);
  });

  it('never matches a figure to a deal through an outlet named only as its reporter', async () => {
    const rates = await loadRateBook(db);
    const outlets = bundle.entities.filter((e) => e.kind === 'media');
    const wrong: string[] = [];
    for (const deal of bundle.deals.filter((d) => d.amount)) {
      for (const outlet of outlets) {
        if (deal.target.id === outlet.id) continue;
        const { deal: hit } = figureContext({
          figure: { amount: deal.amount!.amount, currency: deal.amount!.currency, kind: 'total' },
          entityIds: [outlet.id],
          entities: [outlet],
          candidateDeals: [deal],
          landmarks: [],
          rates,
          displayCurrency: 'EUR',
        });
        if (hit) wrong.push(`${outlet.id} → ${deal.id}`);
      }
    }
    expect(outlets.length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});
