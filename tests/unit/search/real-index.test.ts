/**
 * Ranking on the real fact bundle (built from data/ when missing or stale): the examples of
 * issue 6 come first, and the JSON round trip the extension uses gives the same answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundleFromDisk } from '../../../lib/facts/load-bundle-node';
import { buildSearchIndex } from '../../../lib/search/build-index';
import { loadSearchIndex, searchEntities, type SearchIndex } from '../../../lib/search/query';

let index: SearchIndex;
beforeAll(async () => {
  const bundle = await loadBundleFromDisk();
  index = loadSearchIndex(JSON.stringify(buildSearchIndex(bundle.entities)));
}, 120_000);

const top = (query: string) => searchEntities(index, query, 5)[0];

describe('search on the real bundle', () => {
  it.each([
    ['unicr', 'UniCredit'],
    ['unicredt', 'UniCredit'],
    ['Piazzetta Cuccia', 'Mediobanca'],
    ['NVDA', 'Nvidia'],
    ['piazzetta cuccia', 'Mediobanca'],
    ['zuckerberg', 'Mark Zuckerberg'],
    ['societe generale', 'Société Générale'],
  ])('"%s" → %s first', (query, name) => {
    expect(top(query)?.name).toBe(name);
  });

  it('names the alias or ticker that matched', () => {
    expect(top('NVDA')?.matched).toBe('NVDA');
    expect(top('Piazzetta Cuccia')?.matched).toBe('Piazzetta Cuccia');
    expect(top('unicr')?.matched).toBeUndefined();
  });

  it('ranks the exact name before companies that merely contain it', () => {
    const hits = searchEntities(index, 'generali', 5);
    expect(hits[0]?.name).toBe('Generali');
    expect(Math.floor(hits[0]!.score)).toBe(3);
    expect(hits.slice(1).every((h) => h.score < hits[0]!.score)).toBe(true);
  });

  it('builds the same index twice (deterministic build output)', async () => {
    const bundle = await loadBundleFromDisk();
    expect(JSON.stringify(buildSearchIndex(bundle.entities))).toBe(JSON.stringify(buildSearchIndex(bundle.entities)));
  });
});
