/**
 * Ranking on the real fact bundle (built from data/ when missing or stale): the examples of
 * issue 6 come first, and the JSON round trip the extension uses gives the same answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureFactsBuilt, loadBundleFromDisk, loadSearchIndexFromDisk } from '../../../lib/facts/load-bundle-node';
import { buildSearchIndex } from '../../../lib/search/build-index';
import { loadSearchIndex, searchEntities, type SearchIndex } from '../../../lib/search/query';

let index: SearchIndex;
let shipped: SearchIndex;
beforeAll(async () => {
  const bundle = await loadBundleFromDisk();
  index = loadSearchIndex(JSON.stringify(buildSearchIndex(bundle.entities)));
  shipped = loadSearchIndex(await loadSearchIndexFromDisk());
}, 120_000);

/** Firefox's add-on linter and addons.mozilla.org refuse files over 5 MiB; keep a margin. */
const MAX_ASSET_BYTES = 4_000_000;

describe('the shipped search index (public/facts: head and stored-field parts)', () => {
  it('answers exactly as the index built in memory, descriptions included', () => {
    for (const query of ['unicr', 'unicredt', 'Piazzetta Cuccia', 'NVDA', 'generali', 'banca', 'zuckerberg']) {
      expect(searchEntities(shipped, query, 12), query).toEqual(searchEntities(index, query, 12));
    }
    expect(shipped.documentCount).toBe(index.documentCount);
  });

  it('keeps every search asset well under the 5 MiB file limit', async () => {
    const dir = await ensureFactsBuilt();
    const files = readdirSync(dir).filter((f) => /^search-.*\.json$/.test(f));
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(statSync(join(dir, f)).size, f).toBeLessThan(MAX_ASSET_BYTES);
  });
});

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
