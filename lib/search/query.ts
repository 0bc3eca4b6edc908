/**
 * Run time: load the prebuilt index once, answer each keystroke of the popup's search.
 * Words must all match (AND); when that finds nothing, any word may (OR), so a half-remembered
 * name with one wrong word still finds something.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Entity } from '../facts/schema';
import type { SearchHit } from '../messaging/protocol';
import { toSearchDocument, type SearchDocument } from './document';
import { INDEX_OPTIONS, searchOptions } from './options';
import { foldNames, matchTierFolded, tieredScore, type FoldedName } from './rank';
import { foldPhrase } from './normalise';

export type SearchIndex = MiniSearch<SearchDocument>;

/** Longest query looked at (characters); the rest is ignored. */
export const MAX_QUERY_CHARS = 200;
/** MiniSearch candidates considered before the tier re-rank (more than any popup shows). */
const CANDIDATES = 200;

/**
 * Load the JSON written by buildSearchIndex (a string or the parsed object). One throw-away
 * search runs the prefix and fuzzy paths once, so the engine compiles them now and the popup's
 * first keystroke is as fast as the rest (measured: ~50 ms cold vs < 5 ms warm, docs/popup-options.md).
 */
export function loadSearchIndex(json: string | object): SearchIndex {
  const index =
    typeof json === 'string'
      ? MiniSearch.loadJSON<SearchDocument>(json, INDEX_OPTIONS)
      : MiniSearch.loadJS<SearchDocument>(json as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
  searchEntities(index, WARM_UP_QUERY, 1);
  return index;
}

/** Long enough to take the 2-edit fuzzy path, with a prefix. */
const WARM_UP_QUERY = 'warmupquery';

/** An index of entities built in memory (fact packs, tests). */
export function createSearchIndex(entities: readonly Entity[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(entities.map(toSearchDocument));
  return index;
}

/** Add or replace entities (an imported pack); ids already present are replaced. */
export function addEntitiesToIndex(index: SearchIndex, entities: readonly Entity[]): void {
  for (const entity of entities) {
    foldedCache.get(index)?.delete(entity.id);
    if (index.has(entity.id)) index.discard(entity.id);
    index.add(toSearchDocument(entity));
  }
}

/** Remove entities (a removed pack). */
export function removeEntitiesFromIndex(index: SearchIndex, ids: readonly string[]): void {
  for (const id of ids) {
    foldedCache.get(index)?.delete(id);
    if (index.has(id)) index.discard(id);
  }
}

/** Folded names per index and document id, filled as documents turn up in results. */
const foldedCache = new WeakMap<SearchIndex, Map<string, FoldedName[]>>();

function foldedNamesOf(index: SearchIndex, result: SearchResult): FoldedName[] {
  let byId = foldedCache.get(index);
  if (!byId) foldedCache.set(index, (byId = new Map()));
  const id = String(result.id);
  let folded = byId.get(id);
  if (!folded) {
    const aliases = (result.aliases as string[] | undefined) ?? [];
    const tickers = (result.tickers as string[] | undefined) ?? [];
    byId.set(id, (folded = foldNames({ name: String(result.name), aliases, tickers })));
  }
  return folded;
}

function toHit(index: SearchIndex, foldedQuery: string, result: SearchResult): SearchHit {
  const name = String(result.name);
  const { tier, matched } = matchTierFolded(foldedQuery, foldedNamesOf(index, result));
  return {
    id: String(result.id),
    kind: result.kind as SearchHit['kind'],
    name,
    ...(matched !== undefined ? { matched } : {}),
    ...(typeof result.description === 'string' ? { description: result.description } : {}),
    ...(result.descriptions && typeof result.descriptions === 'object' ? { descriptions: result.descriptions as SearchHit['descriptions'] } : {}),
    score: tieredScore(tier, result.score),
  };
}

/** Best matches first: exact name/alias/ticker, then prefix, then fuzzy; ties by score, name. */
export function searchEntities(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = query.slice(0, MAX_QUERY_CHARS).trim();
  if (q === '' || limit <= 0) return [];
  let results = index.search(q, searchOptions('AND'));
  if (results.length === 0) {
    // Any word may match, but a result must match at least one word exactly or by prefix:
    // typo matches of single words alone ("piazza" → "pizza") are noise.
    const queryWords = foldPhrase(q).split(' ');
    results = index
      .search(q, searchOptions('OR'))
      .filter((result) => result.terms.some((term) => queryWords.some((word) => term.startsWith(word))));
  }
  const foldedQuery = foldPhrase(q);
  return results
    .slice(0, CANDIDATES)
    .map((result) => toHit(index, foldedQuery, result))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit);
}
