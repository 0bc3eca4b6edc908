import { beforeAll, describe, expect, it } from 'vitest';
import type { FactsDb } from '../../../lib/facts/db';
import { entityDetails } from '../../../lib/facts/details';
import { importPack } from '../../../lib/facts/packs';
import {
  convertAt,
  dealsByParty,
  dealsNearAmount,
  findByAlias,
  findByTicker,
  fxRateAt,
  getEntity,
  largestDeals,
  loadRateBook,
} from '../../../lib/facts/query';
import { seedBundle } from '../../../lib/facts/seed';
import { readStatus } from '../../../lib/facts/status';
import { freshDb } from './db-helpers';
import { samplePack, smallBundle } from './small-bundle';

let db: FactsDb;
beforeAll(async () => {
  db = await freshDb();
  await seedBundle(db, smallBundle('v1'));
  await importPack(db, samplePack());
});

const ids = (records: Array<{ id: string }>) => records.map((r) => r.id);

describe('entity lookups', () => {
  it('finds an entity by id, and nothing for an unknown id', async () => {
    expect((await getEntity(db, 'c.openai'))?.name).toBe('OpenAI');
    expect(await getEntity(db, 'c.nope')).toBeUndefined();
  });

  it('finds by alias ignoring case, accents and extra spaces', async () => {
    expect(ids(await findByAlias(db, 'societe   generale'))).toEqual(['c.socgen']);
    expect(ids(await findByAlias(db, 'SOCIÉTÉ GÉNÉRALE'))).toEqual(['c.socgen']);
    expect(ids(await findByAlias(db, 'open ai'))).toEqual(['c.openai']);
    expect(ids(await findByAlias(db, 'Musk'))).toEqual(['p.elon-musk']);
    expect(await findByAlias(db, 'Open')).toEqual([]);
  });

  it('finds pack entities by alias, labelled with their pack', async () => {
    const found = await findByAlias(db, 'rossi & figli');
    expect(ids(found)).toEqual(['u.bottega-rossi']);
    expect(found[0]!.pack).toBe('my-pack');
  });

  it('finds by ticker, case-insensitively', async () => {
    expect(ids(await findByTicker(db, 'aapl'))).toEqual(['c.apple']);
    expect(await findByTicker(db, 'MSFT')).toEqual([]);
  });
});

describe('deal lookups', () => {
  it('lists deals by party, newest first, including pack deals', async () => {
    expect(ids(await dealsByParty(db, 'p.elon-musk'))).toEqual(['d.musk-openai-bid', 'd.twitter-takeover']);
    expect(ids(await dealsByParty(db, 'c.acme'))).toEqual(['u.rossi-buys-acme', 'd.acme-zeta']);
  });

  it('finds deals near an amount in another currency', async () => {
    // 97.4 bn USD at the test rate of 2025-02-10 (1.03 USD/EUR) is about 94.6 bn EUR.
    expect(ids(await dealsNearAmount(db, { amount: 94.6e9, currency: 'EUR', tolerance: 0.03, date: '2025-02-10' }))).toEqual([
      'd.musk-openai-bid',
    ]);
    expect(ids(await dealsNearAmount(db, { amount: 97.4e9, currency: 'USD', tolerance: 0.01, date: '2025-02-10' }))).toEqual([
      'd.musk-openai-bid',
    ]);
    expect(await dealsNearAmount(db, { amount: 9.74e9, currency: 'USD', tolerance: 0.03 })).toEqual([]);
    // Same answer with the FX table held in memory.
    const rates = await loadRateBook(db);
    expect(ids(await dealsNearAmount(db, { amount: 94.6e9, currency: 'EUR', tolerance: 0.03, rates }))).toEqual(['d.musk-openai-bid']);
    expect(ids(await dealsNearAmount(db, { amount: 97.4e9, currency: 'USD', tolerance: 0.01, date: '2025-02-10', rates }))).toEqual(['d.musk-openai-bid']);
  });

  it('lists the largest bundled deals first', async () => {
    expect(ids(await largestDeals(db, 2))).toEqual(['d.musk-openai-bid', 'd.twitter-takeover']);
  });
});

describe('FX', () => {
  it('uses the nearest earlier ECB date, and cross rates via EUR', async () => {
    expect(await fxRateAt(db, 'EUR', 'USD', '2025-02-09')).toEqual({ rate: 1.03, date: '2025-02-07' });
    const gbpUsd = await fxRateAt(db, 'GBP', 'USD', '2025-02-10');
    expect(gbpUsd?.rate).toBeCloseTo(1.03 / 0.83, 10);
    // GBP is not quoted on 2025-02-11: the previous quote is used and its date reported.
    expect(await fxRateAt(db, 'EUR', 'GBP', '2025-02-11')).toEqual({ rate: 0.83, date: '2025-02-10' });
    // Across a year boundary: nothing quoted in 2024 before June, so the 2022 rate applies.
    expect(await fxRateAt(db, 'EUR', 'USD', '2024-05-01')).toEqual({ rate: 1.07, date: '2022-04-25' });
    expect(await fxRateAt(db, 'EUR', 'USD', '2020-01-01')).toBeUndefined();
    expect(await fxRateAt(db, 'EUR', 'XYZ')).toBeUndefined();
    expect((await convertAt(db, 100, 'USD', 'EUR'))?.value).toBeCloseTo(100 / 1.035, 8);
  });
});

describe('entity details and status', () => {
  it('resolves sources, deals and related entities for a card', async () => {
    const details = await entityDetails(db, 'c.openai', '2025-03-31');
    expect(details?.entity.name).toBe('OpenAI');
    expect(Object.keys(details!.sources).sort()).toEqual(['s.bid', 's.openai']);
    expect(ids(details!.deals)).toEqual(['d.musk-openai-bid']);
    expect(details!.related['p.sam-altman']).toEqual({ id: 'p.sam-altman', kind: 'person', name: 'Sam Altman' });
    expect(details!.related['p.elon-musk']?.name).toBe('Elon Musk');
    expect(await entityDetails(db, 'c.nope', '')).toBeNull();
  });

  it('resolves a pack entity with its pack sources', async () => {
    const details = await entityDetails(db, 'u.bottega-rossi', '');
    expect(details?.sources['n.1']?.title).toBe('My notes <b>bold</b>');
  });

  it('reports version, counts, packs and the last seed duration', async () => {
    const status = await readStatus(db, false);
    expect(status).toMatchObject({ version: 'v1', dataDate: '2025-03-31', seeding: false });
    expect(status.counts.companies).toBe(6);
    expect(status.packs).toEqual([expect.objectContaining({ id: 'my-pack', entities: 1, deals: 1 })]);
    expect(status.lastSeedMs).toBeGreaterThanOrEqual(0);
  });
});
