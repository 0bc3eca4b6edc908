/**
 * Calls POPUP-OPTIONS' `buildSearchIndex(entities)` from lib/search/build-index.ts. Until that
 * module exists, falls back to a plain MiniSearch index over names and aliases, so the build
 * never breaks on a missing sibling module (the lead was told).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import type { Entity } from '../schema';
import { projectRoot } from './paths';

export const FALLBACK_SEARCH_OPTIONS = {
  fields: ['name', 'aliases'],
  storeFields: ['id', 'kind', 'name'],
};

export async function buildSearchIndexJson(entities: readonly Entity[]): Promise<unknown> {
  const file = join(projectRoot(), 'lib', 'search', 'build-index.ts');
  if (existsSync(file)) {
    const mod = (await import(pathToFileURL(file).href)) as { buildSearchIndex?: (e: readonly Entity[]) => unknown };
    if (typeof mod.buildSearchIndex === 'function') return mod.buildSearchIndex(entities);
  }
  const ms = new MiniSearch<{ id: string; kind: string; name: string; aliases: string }>(FALLBACK_SEARCH_OPTIONS);
  ms.addAll(entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, aliases: e.aliases.map((a) => a.text).join(' | ') })));
  return ms.toJSON();
}
