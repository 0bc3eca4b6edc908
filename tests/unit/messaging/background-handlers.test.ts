import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { compileMatchIndex, findMentions, loadMatchIndex, type MatchIndexData } from '../../../lib/match';
import { aliasEntries } from '../../../lib/facts/alias-entries';
import { buildSearchIndex } from '../../../lib/search/build-index';
import { ENTITIES, samplePack, smallBundle } from '../store/small-bundle';
import { splitBundle } from '../../../lib/facts/bundle-parts';
import { splitMatchIndex } from '../../../lib/match/index-parts';
import { openFactsDb } from '../../../lib/facts/db';
import { findByAlias, getSources } from '../../../lib/facts/query';
import { needsSeed } from '../../../lib/facts/seed';
import { writeRowsFormat5 } from '../store/rows-format-5';

/**
 * The background's build assets, served to its fetch() like the extension origin would. The match
 * index is one file (an older build) unless `matchParts` asks for a head and parts of at most
 * `partBytes` (lib/match/index-parts.ts), `drop` one of them missing.
 */
function serveAssets(version: string, matchParts?: { partBytes: number; drop?: string }) {
  const bundle = smallBundle(version);
  const { aliases, indexed } = aliasEntries(ENTITIES);
  // Shipped as the build ships it: a head and binary bucket parts (small parts, so there are several).
  const { files } = splitBundle(bundle, 200);
  // A public body named after a company (the build's block list): never reported as OpenAI.
  const matchIndex = compileMatchIndex(aliases, indexed, { blockList: ['OpenAI Oversight Council'] });
  const match = matchParts && splitMatchIndex(matchIndex, matchParts.partBytes);
  const assets: Record<string, unknown> = {
    '/facts/meta.json': { version, dataDate: bundle.dataDate },
    ...Object.fromEntries(files.map(([name, json]) => [`/facts/${name}`, json])),
    '/facts/match-index.json': match ? match.head : matchIndex,
    ...Object.fromEntries((match?.parts ?? []).map((part, i) => [`/facts/${match!.head.parts[i]}`, part])),
    '/facts/search-index.json': buildSearchIndex(ENTITIES),
  };
  const fetchMock = vi.fn(async (url: string) => {
    const path = new URL(url).pathname;
    const body = path === `/facts/${matchParts?.drop}` ? undefined : assets[path];
    return new Response(body === undefined ? 'missing' : typeof body === 'string' ? body : body instanceof Uint8Array ? new Blob([body as Uint8Array<ArrayBuffer>]) : JSON.stringify(body), { status: body === undefined ? 404 : 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** A fresh service-worker life: module state gone, IndexedDB kept. */
async function startWorker() {
  vi.resetModules();
  return (await import('../../../entrypoints/background/handlers')).handlers;
}

const PAGE = { privileged: false, tabId: 1, url: 'https://news.example/a' };
const OPTIONS = { privileged: true };

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.unstubAllGlobals());

describe('background handlers', () => {
  it('seeds lazily on the first message and answers lookupEntity with sources and deals', async () => {
    serveAssets('v1');
    const handlers = await startWorker();
    const details = await handlers.lookupEntity({ id: 'c.openai' }, PAGE);
    expect(details?.entity.name).toBe('OpenAI');
    expect(details?.deals.map((d) => d.id)).toEqual(['d.musk-openai-bid']);
    expect(details?.sources['s.bid']?.title).toContain('Musk-led bid');
    const status = await handlers.getStatus({}, OPTIONS);
    expect(status).toMatchObject({ version: 'v1', seeding: false, worker: { seededThisStart: true } });
    expect(status.lastSeedMs).toBeGreaterThanOrEqual(0);
  });

  it('answers after a worker restart without seeding again, and reseeds on a new bundle version', async () => {
    const fetchMock = serveAssets('v1');
    await (await startWorker()).lookupEntity({ id: 'c.openai' }, PAGE);
    const restarted = await startWorker();
    expect((await restarted.lookupEntity({ id: 'c.xai' }, PAGE))?.entity.name).toBe('xAI');
    expect((await restarted.getStatus({}, OPTIONS)).worker?.seededThisStart).toBe(false);
    const bundleFetches = () => fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/bundle.json')).length;
    expect(bundleFetches()).toBe(1);

    await restarted.importPack({ pack: JSON.stringify(samplePack()) }, OPTIONS);
    serveAssets('v2');
    const updated = await startWorker();
    const status = await updated.getStatus({}, OPTIONS);
    expect(status.version).toBe('v2');
    expect(status.packs.map((p) => p.id)).toEqual(['my-pack']);
  });

  it('reseeds a database stored in the previous row format (objects, not text) and answers from it', async () => {
    // The same bundle version as shipped: only the stored rows' format says the data must be rewritten.
    const old = await openFactsDb();
    await writeRowsFormat5(old, smallBundle('v1'));
    old.close();
    serveAssets('v1');
    const handlers = await startWorker();
    const details = await handlers.lookupEntity({ id: 'c.openai' }, PAGE);
    expect(details?.entity.name).toBe('OpenAI');
    expect(details?.sources['s.bid']?.title).toContain('Musk-led bid');
    expect((await handlers.getStatus({}, OPTIONS)).worker?.seededThisStart).toBe(true);
    const db = await openFactsDb();
    expect(await needsSeed(db, 'v1')).toBe(false);
    expect((await findByAlias(db, 'Open AI')).map((e) => e.id)).toEqual(['c.openai']);
    expect((await getSources(db, ['s.openai']))['s.openai']?.title).toBe('OpenAI profile');
    db.close();
  });

  it('answers lookupFigure with the matched deal, a dated conversion and resolved sources', async () => {
    serveAssets('v1');
    const handlers = await startWorker();
    const figure = await handlers.lookupFigure(
      { amount: 97.4e9, currency: 'USD', kind: 'total', entityIds: ['c.openai', 'c.xai', 'p.elon-musk'], displayCurrency: 'EUR' },
      PAGE,
    );
    expect(figure.deal?.id).toBe('d.musk-openai-bid');
    expect(figure.conversion).toMatchObject({ rateDate: '2025-02-11', value: { currency: 'EUR' } });
    expect(Object.keys(figure.sources)).toEqual(expect.arrayContaining(['ecb', 's.bid']));
  });

  it('merges pack aliases into the match index and pack entities into search', async () => {
    serveAssets('v1');
    const handlers = await startWorker();
    const plain = await handlers.getMatchIndex({}, PAGE);
    expect(plain.version).toBe('v1');
    await handlers.importPack({ pack: samplePack() }, OPTIONS);
    const merged = await handlers.getMatchIndex({}, PAGE);
    expect(merged.version).toMatch(/^v1\+my-pack@/);
    const index = loadMatchIndex(merged.index as MatchIndexData);
    const text = 'Bottega Rossi, the Prato tailor, now dresses the board of OpenAI.';
    expect(findMentions(index, text, { lang: 'en' }).map((m) => m.id)).toEqual(['u.bottega-rossi', 'c.openai']);
    expect(findMentions(loadMatchIndex(plain.index as MatchIndexData), text, { lang: 'en' }).map((m) => m.id)).toEqual(['c.openai']);
    // The recompile keeps the shipped block list.
    const blocked = 'The OpenAI Oversight Council met on Monday.';
    expect(findMentions(loadMatchIndex(plain.index as MatchIndexData), blocked, { lang: 'en' })).toEqual([]);
    expect(findMentions(index, blocked, { lang: 'en' })).toEqual([]);
    expect((await handlers.search({ query: 'Bottega' }, OPTIONS)).map((h) => h.id)).toContain('u.bottega-rossi');
    await handlers.removePack({ id: 'my-pack' }, OPTIONS);
    expect((await handlers.getMatchIndex({}, PAGE)).version).toBe('v1');
    expect((await handlers.search({ query: 'Bottega' }, OPTIONS)).map((h) => h.id)).not.toContain('u.bottega-rossi');
  });

  it('keeps the merged match index across worker restarts instead of recompiling it', async () => {
    const fetchMock = serveAssets('v1');
    const handlers = await startWorker();
    await handlers.importPack({ pack: samplePack() }, OPTIONS);
    const merged = await handlers.getMatchIndex({}, PAGE);
    const restarted = await startWorker();
    const indexFetches = () => fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/match-index.json')).length;
    const before = indexFetches();
    expect(await restarted.getMatchIndex({}, PAGE)).toEqual(merged);
    expect(indexFetches()).toBe(before);
  });

  it('loads a match index shipped as a head and parts to the same index as a one-file one, packs merged too, and names a missing part', async () => {
    const loaded: unknown[] = [];
    for (const matchParts of [undefined, { partBytes: 300 }]) {
      globalThis.indexedDB = new IDBFactory();
      const fetchMock = serveAssets('v1', matchParts);
      const handlers = await startWorker();
      const plain = await handlers.getMatchIndex({}, PAGE);
      await handlers.importPack({ pack: samplePack() }, OPTIONS);
      const merged = await handlers.getMatchIndex({}, PAGE);
      loaded.push([plain.index, merged.index]);
      const partFetches = fetchMock.mock.calls.filter(([url]) => /\/match-index-\d+\.json$/.test(String(url))).length;
      // Read once for the shipped index and once more for the pack merge.
      if (matchParts) expect(partFetches).toBeGreaterThan(4);
      else expect(partFetches).toBe(0);
    }
    expect(loaded[1]).toEqual(loaded[0]);
    expect(findMentions(loadMatchIndex((loaded[1] as MatchIndexData[])[0]!), 'OpenAI and xAI.', { lang: 'en' }).map((m) => m.id)).toEqual(['c.openai', 'c.xai']);

    globalThis.indexedDB = new IDBFactory();
    serveAssets('v1', { partBytes: 300, drop: 'match-index-2.json' });
    await expect((await startWorker()).getMatchIndex({}, PAGE)).rejects.toThrow(/\/facts\/match-index-2\.json is missing from this build \(404\).*npm run facts/);
  });

  it('answers repeated lookups from memory and forgets them when a pack changes the data', async () => {
    serveAssets('v1');
    const handlers = await startWorker();
    expect(await handlers.lookupEntity({ id: 'u.bottega-rossi' }, PAGE)).toBeNull();
    const first = await handlers.lookupEntity({ id: 'c.openai' }, PAGE);
    expect(await handlers.lookupEntity({ id: 'c.openai' }, PAGE)).toBe(first);
    await handlers.importPack({ pack: samplePack() }, OPTIONS);
    expect((await handlers.lookupEntity({ id: 'u.bottega-rossi' }, PAGE))?.entity.pack).toBe('my-pack');
    // Acme is a party to the pack's deal: its card must show it now.
    expect((await handlers.lookupEntity({ id: 'c.acme' }, PAGE))?.deals.map((d) => d.id)).toContain('u.rossi-buys-acme');
  });

  it('broadcasts seed progress, and getStatus reports the complete database after the seed', async () => {
    serveAssets('v1');
    const events: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      events.push(message);
    });
    const handlers = await startWorker();
    const status = await handlers.getStatus({}, OPTIONS);
    expect(status).toMatchObject({ seeding: false, version: 'v1' });
    expect(events).toContainEqual(expect.objectContaining({ backstory: 1, event: 'seedProgress', progress: expect.objectContaining({ version: 'v1' }) }));
    expect(events).toContainEqual(expect.objectContaining({ backstory: 1, event: 'seedDone', status: expect.objectContaining({ version: 'v1' }) }));
  });

  it('keeps corrections across restarts', async () => {
    serveAssets('v1');
    const handlers = await startWorker();
    await handlers.addCorrection({ entityId: 'c.apple', surface: 'Apple', site: 'food.example' }, PAGE);
    expect(await (await startWorker()).listCorrections({}, PAGE)).toEqual([{ entityId: 'c.apple', surface: 'Apple', site: 'food.example' }]);
  });

  it('says clearly that cards are unavailable when IndexedDB is refused', async () => {
    serveAssets('v1');
    globalThis.indexedDB = {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const handlers = await startWorker();
    await expect(handlers.lookupEntity({ id: 'c.openai' }, PAGE)).rejects.toThrow(/cannot open its fact database.*private browsing.*did not allow mutations/);
  });

  it('says what is missing when the build has no bundle', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404 })));
    const handlers = await startWorker();
    await expect(handlers.lookupEntity({ id: 'c.openai' }, PAGE)).rejects.toThrow(/meta\.json is missing.*npm run facts/);
  });
});
