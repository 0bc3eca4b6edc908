/**
 * Build time: entities → MiniSearch JSON (public/facts/search-index.json), called by
 * scripts/build-facts.ts. The output is deterministic for the same entities in the same order.
 */
import MiniSearch from 'minisearch';
import type { Entity } from '../facts/schema';
import { toSearchDocument, type SearchDocument } from './document';
import { INDEX_OPTIONS } from './options';

/** A plain object, ready for JSON.stringify; load it with loadSearchIndex. */
export function buildSearchIndex(entities: readonly Entity[]): object {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(entities.map(toSearchDocument));
  return index.toJSON();
}
