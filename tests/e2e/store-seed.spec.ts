/**
 * The fact store in real Chromium: seeding from the shipped bundle, lookups through the
 * background, a cold service-worker start. Prints the measured numbers (docs/data-store.md);
 * asserts behaviour, not speed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callBackground } from './harness/background';
import { CHROME_EXTENSION_DIR, withTimeout } from './harness/chromium';
import { useChromium } from './harness/fixtures';

interface Status {
  version: string;
  seeding: boolean;
  lastSeedMs?: number;
  lastSeedPhases?: { prepareMs: number; writeMs: number; commitMs: number };
  counts: { companies: number; people: number; deals: number };
  worker?: { readyMs?: number; fetchMs?: number; seededThisStart: boolean };
}

// The build under test (BACKSTORY_OUT_DIR when a run builds into its own folder).
const meta = JSON.parse(readFileSync(join(CHROME_EXTENSION_DIR, 'facts/meta.json'), 'utf8')) as { version: string };

describe('fact store in Chromium', () => {
  const env = useChromium();

  it('seeds the shipped bundle, answers lookups, and reseeds on demand', async () => {
    const page = await env.openExtensionPage('options.html');
    // getStatus answers at once while the install-time seed runs: wait for it to finish.
    let status = await callBackground<Status>(page, 'getStatus');
    for (let i = 0; status.seeding && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await callBackground<Status>(page, 'getStatus');
    }
    expect(status.seeding).toBe(false);
    expect(status.version).toBe(meta.version);
    expect(status.counts.companies).toBeGreaterThan(1000);
    expect(status.lastSeedMs).toBeGreaterThan(0);

    // Round trips from an extension page: first (IndexedDB) and warm (memory) lookups.
    const timings = await page.evaluate(async () => {
      const send = (m: object) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<any> } } }).chrome.runtime.sendMessage(m);
      const time = async (m: object) => {
        const t = performance.now();
        const reply = await send(m);
        return { ms: performance.now() - t, ok: reply?.ok === true, result: reply?.result };
      };
      const first = await time({ backstory: 1, name: 'lookupEntity', params: { id: 'c:openai' } });
      const warm: number[] = [];
      for (let i = 0; i < 20; i++) warm.push((await time({ backstory: 1, name: 'lookupEntity', params: { id: 'c:openai' } })).ms);
      const figure = await time({
        backstory: 1,
        name: 'lookupFigure',
        params: { amount: 97.4e9, currency: 'USD', kind: 'total', entityIds: ['c:openai', 'c:xai', 'p:elon-musk'], displayCurrency: 'EUR' },
      });
      return { first: first.ms, name: first.result?.entity?.name, warm: warm.sort((a, b) => a - b)[10], figure: figure.ms, deal: figure.result?.deal?.title };
    });
    expect(timings.name).toBe('OpenAI');
    expect(timings.deal).toBe("Musk-led consortium's bid for OpenAI");

    const rebuilt = await callBackground<Status>(page, 'rebuildCache');
    expect(rebuilt.version).toBe(meta.version);
    console.log(
      `[store] Chromium: first seed ${status.lastSeedMs} ms ${JSON.stringify(status.lastSeedPhases)} (bundle fetch+parse ${status.worker?.fetchMs} ms, worker ready ${status.worker?.readyMs} ms), ` +
        `reseed ${rebuilt.lastSeedMs} ms ${JSON.stringify(rebuilt.lastSeedPhases)}; lookupEntity round trip first ${timings.first.toFixed(1)} ms, warm median ${timings.warm!.toFixed(2)} ms; lookupFigure ${timings.figure.toFixed(1)} ms`,
    );
    await page.close();
  });

  it('answers the first message after a cold service-worker start without reseeding', async () => {
    const page = await env.openExtensionPage('options.html');
    await callBackground<Status>(page, 'getStatus');
    const cdp = await env.browser.context.newCDPSession(page);
    await withTimeout(cdp.send('ServiceWorker.enable'), 10_000, 'ServiceWorker.enable');
    await withTimeout(cdp.send('ServiceWorker.stopAllWorkers'), 10_000, 'ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const started = Date.now();
    const details = await callBackground<{ entity: { name: string } } | null>(page, 'lookupEntity', { id: 'c:openai' });
    const coldMs = Date.now() - started;
    expect(details?.entity.name).toBe('OpenAI');
    const status = await callBackground<Status>(page, 'getStatus');
    expect(status.worker?.seededThisStart).toBe(false);
    console.log(`[store] Chromium: cold worker start to first lookupEntity answer ${coldMs} ms (worker ready after ${status.worker?.readyMs} ms)`);
    await page.close();
  });
});
