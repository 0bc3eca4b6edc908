/**
 * search: POPUP-OPTIONS' MiniSearch index, prebuilt at build time (public/facts/search-index.json
 * and its stored-field and term parts search-stored-N.json and search-terms-N.json, joined by
 * readSearchIndex), loaded once per
 * worker life, with fact-pack entities added in memory.
 */
import type { FactsDb } from '../../lib/facts/db';
import { listPacks, packEntities } from '../../lib/facts/packs';
import type { SearchHit } from '../../lib/messaging/protocol';
import { readSearchIndex } from '../../lib/search/index-parts';
import { addEntitiesToIndex, loadSearchIndex, searchEntities, type SearchIndex } from '../../lib/search/query';
import { fetchAsset } from './assets';
import { onDataChanged } from './store';

/** Hits returned when the caller gives no limit. */
const DEFAULT_LIMIT = 10;
let base: Promise<SearchIndex> | undefined;
let cached: { key: string; index: SearchIndex } | undefined;
onDataChanged(() => {
  base = undefined;
  cached = undefined;
});

const fetchSearchIndex = (): Promise<object> => readSearchIndex((name) => fetchAsset<unknown>(`/facts/${name}`));

async function indexWithPacks(db: FactsDb): Promise<SearchIndex> {
  const packs = await listPacks(db);
  const key = packs.map((p) => `${p.id}@${p.importedAt}`).join(',');
  if (cached?.key === key) return cached.index;
  base ??= fetchSearchIndex().then(loadSearchIndex).catch((error: unknown) => {
    base = undefined;
    throw error;
  });
  // Packs change the index in place, so start from a fresh copy of the shipped one.
  const index = packs.length ? loadSearchIndex(await fetchSearchIndex()) : await base;
  if (packs.length) addEntitiesToIndex(index, await packEntities(db));
  cached = { key, index };
  return index;
}

export async function search(db: FactsDb, query: string, limit = DEFAULT_LIMIT): Promise<SearchHit[]> {
  return searchEntities(await indexWithPacks(db), query, limit);
}
