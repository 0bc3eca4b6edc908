/**
 * The background's search (entrypoints/background/search.ts) on the index as the build ships it:
 * a head and stored-field parts fetched from the extension, pack entities added on top, and a
 * clear error when a part is missing from the build.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { compileMatchIndex } from '../../../lib/match';
import { aliasEntries } from '../../../lib/facts/alias-entries';
import { splitBundle } from '../../../lib/facts/bundle-parts';
import { buildSearchIndex } from '../../../lib/search/build-index';
import { splitSearchIndex } from '../../../lib/search/index-parts';
import { ENTITIES, samplePack, smallBundle } from '../store/small-bundle';

const OPTIONS = { privileged: true };

/** The build's assets, served to the background's fetch(); small parts, so there are several. */
function serveAssets(drop?: (name: string) => boolean): string[] {
  const bundle = smallBundle('v1');
  const { aliases, indexed } = aliasEntries(ENTITIES);
  const { files } = splitBundle(bundle, 200);
  const search = splitSearchIndex(buildSearchIndex(ENTITIES), 150);
  const assets: Record<string, unknown> = {
    '/facts/meta.json': { version: 'v1', dataDate: bundle.dataDate },
    ...Object.fromEntries(files.map(([name, json]) => [`/facts/${name}`, json])),
    '/facts/match-index.json': compileMatchIndex(aliases, indexed),
    '/facts/search-index.json': search.head,
    ...Object.fromEntries(search.parts.map((part, i) => [`/facts/${search.head.storedFieldParts[i]}`, part])),
    ...Object.fromEntries(search.terms.map((run, i) => [`/facts/${search.head.termParts[i]}`, run])),
  };
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const path = new URL(url).pathname;
    const body = drop?.(path) ? undefined : assets[path];
    return new Response(body === undefined ? 'missing' : typeof body === 'string' ? body : body instanceof Uint8Array ? new Blob([body as Uint8Array<ArrayBuffer>]) : JSON.stringify(body), { status: body === undefined ? 404 : 200 });
  }));
  return search.head.storedFieldParts;
}

async function startWorker() {
  vi.resetModules();
  return (await import('../../../entrypoints/background/handlers')).handlers;
}

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.unstubAllGlobals());

describe('background search on the shipped parts', () => {
  it('finds shipped entities with their names, and pack entities once a pack is imported', async () => {
    expect(serveAssets().length).toBeGreaterThan(1);
    const handlers = await startWorker();
    expect((await handlers.search({ query: 'open ai' }, OPTIONS))[0]).toMatchObject({ id: 'c.openai', name: 'OpenAI', kind: 'company' });
    await handlers.importPack({ pack: JSON.stringify(samplePack()) }, OPTIONS);
    const ids = (await handlers.search({ query: 'Bottega' }, OPTIONS)).map((h) => h.id);
    expect(ids).toContain('u.bottega-rossi');
    expect((await handlers.search({ query: 'openai' }, OPTIONS))[0]?.id).toBe('c.openai');
  });

  it('names the missing part of the index', async () => {
    const parts = serveAssets();
    serveAssets((path) => path === `/facts/${parts[1]}`);
    const handlers = await startWorker();
    await expect(handlers.search({ query: 'openai' }, OPTIONS)).rejects.toThrow(`/facts/${parts[1]} is missing from this build`);
  });
});
