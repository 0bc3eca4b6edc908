/**
 * MiniSearch options shared by the build (build-index.ts) and the runtime (query.ts):
 * loadJSON needs exactly the options the index was built with.
 */
import type { Options, SearchOptions } from 'minisearch';
import { SEARCH_FIELDS, STORED_FIELDS, type SearchDocument } from './document';
import { processTerm } from './normalise';

/** Field boosts: the name counts most, then aliases and tickers (typed exactly more often). */
export const FIELD_BOOST = { name: 3, aliases: 2, tickers: 2 } as const;

/** Typo tolerance by term length: none below 4 letters (too noisy), 1 edit up to 7, then 2. */
export function fuzzyFor(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

/**
 * Prefix expansion from two characters: a single letter expands to thousands of terms (10–20 ms
 * per keystroke on a busy machine) and shows nothing useful; exact one-letter names ("X") still
 * match.
 */
export const MIN_PREFIX_CHARS = 2;

export const INDEX_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORED_FIELDS],
  processTerm,
};

export function searchOptions(combineWith: 'AND' | 'OR'): SearchOptions {
  return {
    boost: { ...FIELD_BOOST },
    prefix: (term) => term.length >= MIN_PREFIX_CHARS,
    fuzzy: (term) => fuzzyFor(term),
    combineWith,
  };
}
