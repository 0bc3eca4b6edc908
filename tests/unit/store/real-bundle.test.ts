import { beforeAll, describe, expect, it } from 'vitest';
import type { FactsDb } from '../../../lib/facts/db';
import { entityDetails } from '../../../lib/facts/details';
import { bucketJson, bucketMap } from '../../../lib/facts/bucket-text';
import { loadBundleFromDisk, loadSeedDataFromDisk } from '../../../lib/facts/load-bundle-node';
import { dealsByParty, findByAlias, getEntities, largestDeals, loadRateBook } from '../../../lib/facts/query';
import { readBundleMeta, seedData } from '../../../lib/facts/seed';
import type { FactBundle } from '../../../lib/facts/schema';
import { figureContext } from '../../../lib/figures-context';
import { freshDb } from './db-helpers';

let db: FactsDb;
let bundle: FactBundle;
beforeAll(async () => {
  bundle = await loadBundleFromDisk();
  db = await freshDb();
  // Seeded as the background seeds it: the shipped bucket parts, stored as read.
  await seedData(db, await loadSeedDataFromDisk());
}, 120_000);

async function figureIn(sentenceAliases: string[], amount: number, currency: string) {
  const ids = (await Promise.all(sentenceAliases.map((a) => findByAlias(db, a)))).flatMap((found) => found.map((e) => e.id));
  const entities = await getEntities(db, ids);
  const deals = (await Promise.all(ids.map((id) => dealsByParty(db, id)))).flat();
  return figureContext({
    figure: { amount, currency, kind: 'total' },
    entityIds: ids,
    entities: [...entities.values()],
    candidateDeals: deals,
    landmarks: await largestDeals(db, 5),
    rates: await loadRateBook(db),
    displayCurrency: 'EUR',
  });
}

describe('the real bundle in IndexedDB', () => {
  it('seeds every record of the bundle with its version', async () => {
    expect((await readBundleMeta(db))?.version).toBe(bundle.version);
    const ids = (await db.getAll('entities')).flatMap((bucket) => Object.keys(bucketMap(bucket)));
    expect(ids.sort()).toEqual(bundle.entities.map((e) => e.id).sort());
    expect(await db.count('deals')).toBe(bundle.deals.length);
    const stored = (await db.getAll('sources')).flatMap((bucket) => Object.keys(bucketMap(bucket)));
    expect(stored.sort()).toEqual(bundle.sources.map((s) => s.id).sort());
  });

  it('stores the buckets packed: a third of their JSON, the bytes a seed writes', async () => {
    const buckets = [...(await db.getAll('entities')), ...(await db.getAll('keyBuckets')), ...(await db.getAll('sources'))];
    const packed = buckets.reduce((n, b) => n + ('z' in b ? b.z.length : Infinity), 0);
    const json = buckets.reduce((n, b) => n + bucketJson(b).length, 0);
    expect(packed).toBeLessThan(json / 2.5);
  });

  it('finds Mediobanca by its press nickname and OpenAI with a sourced CEO', async () => {
    expect((await findByAlias(db, 'Piazzetta Cuccia')).map((e) => e.name)).toContain('Mediobanca');
    const openai = (await findByAlias(db, 'openai'))[0]!;
    const details = await entityDetails(db, openai.id, bundle.dataDate);
    const ceo = details!.entity.facts.find((f) => f.key === 'ceo');
    expect(ceo?.sources.every((id) => details!.sources[id]?.url)).toBe(true);
    expect(details!.deals.map((d) => d.title)).toContain("Musk-led consortium's bid for OpenAI");
  });

  it('matches the seed article figures: 97.4 bn USD is the Musk-led bid, 9.74 bn USD with Twitter is no deal', async () => {
    const bid = await figureIn(['OpenAI', 'xAI', 'Elon Musk'], 97.4e9, 'USD');
    expect(bid.deal?.title).toBe("Musk-led consortium's bid for OpenAI");
    expect(bid.conversion?.sourceId).toBe(bundle.fx.source);
    const joke = await figureIn(['Twitter', 'Sam Altman'], 9.74e9, 'USD');
    expect(joke.deal).toBeUndefined();
  });
});
