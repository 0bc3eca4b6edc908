/**
 * Hardening in real Chromium (issue 7): nothing leaves the machine, hostile pages cannot break
 * Backstory, a stopped service worker comes back, and bad fact packs change nothing.
 */
import { describe, expect, it } from 'vitest';
import { useChromium, type ChromiumEnv } from './harness/fixtures';
import { startRecordingProxy, type RecordingProxy } from './harness/recording-proxy';
import { withTimeout } from './harness/chromium';
import { callBackground } from './harness/background';
import { hoverText, readHighlights, readHighlightsIsolated, waitForHighlights, waitForShadowText } from './harness/page-helpers';
import { GOOD_PACK, PACK_WITHOUT_SOURCE, PAGE_WITH_PACK_ENTITY } from './fixtures/user-pack';

describe('Hardening (Chromium)', () => {
  let proxy: RecordingProxy;
  const env: ChromiumEnv = useChromium({
    extraArgs: async (server) => {
      proxy = await startRecordingProxy(server.origin);
      // <-loopback> removes Chromium's implicit loopback bypass: even 127.0.0.1 goes through the proxy.
      return [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'];
    },
  });

  it('makes no network request of its own while reading, hovering and searching', async () => {
    const opened = ['/demo-it/', '/late-paragraphs/'];
    // Requests seen by the browser from extension contexts (service worker, popup), other than
    // reading its own packaged files.
    const extensionRequests: string[] = [];
    // (Service-worker requests reach this listener because vitest.e2e.config.ts sets
    // PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS.)
    env.browser.context.on('request', (r) => {
      let fromExtension = r.serviceWorker() !== null;
      if (!fromExtension) fromExtension = r.frame().url().startsWith('chrome-extension://');
      if (fromExtension && !r.url().startsWith('chrome-extension://')) extensionRequests.push(r.url());
    });
    for (const path of opened) {
      const page = await env.open(path);
      await waitForHighlights(page, (m) => m.length > 3);
      await hoverText(page, path === '/demo-it/' ? 'OpenAI' : 'Nvidia');
      await page.waitForTimeout(800);
      await page.close();
    }
    const popup = await env.openExtensionPage('popup.html');
    await popup.locator('input').first().fill('unicredit');
    await popup.waitForTimeout(500);
    await popup.close();
    // Chromium's own service traffic (update checks, network time, sign-in) passes the same proxy;
    // it is the browser's, not ours, and goes to Google hosts only. Everything else must be a page
    // the test opened (or the favicon the browser asks for).
    // (A CONNECT request's url is "host:443"; the others are absolute URLs.)
    const chromiumService = /^(https?:\/\/)?[a-z0-9.-]*\.(google\.com|googleapis\.com|gstatic\.com)(:443)?([/?]|$)/;
    const foreign = proxy.requests.filter(
      (r) => !chromiumService.test(r.url) && !opened.some((p) => r.url === env.server.origin + p) && r.url !== `${env.server.origin}/favicon.ico`,
    );
    expect(proxy.requests.length).toBeGreaterThanOrEqual(opened.length); // the proxy really saw the traffic
    expect(extensionRequests).toEqual([]);
    expect(foreign.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('never marks editors, form fields, hidden text or frames', async () => {
    const page = await env.open('/editors/');
    const marks = await waitForHighlights(page, (m) => m.some((x) => x.text === 'Microsoft'));
    await page.waitForTimeout(500);
    const final = await readHighlights(page);
    expect(final.map((m) => m.text).sort()).toEqual(['Microsoft', 'Nvidia']);
    expect(marks.length).toBeLessThanOrEqual(final.length);
    await page.close();
  });

  it('works on a page that sabotages Range, MutationObserver and CSS in its own scripts', async () => {
    const page = await env.open('/hostile-globals/');
    await expect.poll(() => readHighlightsIsolated(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(['Tesla', 'Elon Musk', '$5 billion']));
    await page.close();
  });

  it('shows readable cards under a strict Content-Security-Policy (style-src none)', async () => {
    const page = await env.open('/strict-csp/');
    await waitForHighlights(page, (m) => m.some((x) => x.text === 'Microsoft'));
    await hoverText(page, 'Microsoft');
    // Wait for the facts, not the title: the card shows "Looking up…" under the name first.
    const ui = await waitForShadowText(page, /Redmond|Satya Nadella/);
    expect(ui.text).toMatch(/Microsoft/);
    await page.close();
  });

  it('answers the next hover after its service worker was stopped', async () => {
    const page = await env.open('/demo-it/');
    await waitForHighlights(page, (m) => m.some((x) => x.text === 'OpenAI'));
    const cdp = await env.browser.context.newCDPSession(page);
    await withTimeout(cdp.send('ServiceWorker.enable'), 10_000, 'ServiceWorker.enable');
    await withTimeout(cdp.send('ServiceWorker.stopAllWorkers'), 10_000, 'ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await hoverText(page, 'Sam Altman');
    await waitForShadowText(page, /OpenAI/, 15_000);
    await page.close();
  });

  it('refuses a bad fact pack with an error naming the record and field, and changes nothing', async () => {
    const options = await env.openExtensionPage('options.html');
    const before = await callBackground<{ packs: unknown[] }>(options, 'getStatus');
    await expect(callBackground(options, 'importPack', { pack: PACK_WITHOUT_SOURCE })).rejects.toThrow(/entities\[0\].*facts\[1\].*sources/);
    await expect(callBackground(options, 'importPack', { pack: { format: 'backstory-fact-pack/1', id: '__proto__' } })).rejects.toThrow();
    const after = await callBackground<{ packs: unknown[] }>(options, 'getStatus');
    expect(after.packs).toEqual(before.packs);
    await options.close();
  });

  it('imports a good pack whose company then gets a card on a page, labelled as the user\'s own', async () => {
    const options = await env.openExtensionPage('options.html');
    await callBackground(options, 'importPack', { pack: GOOD_PACK });
    await options.close();
    env.server.route('/pack-page/', PAGE_WITH_PACK_ENTITY);
    const page = await env.open('/pack-page/');
    await waitForHighlights(page, (m) => m.some((x) => x.text === 'Vetreria Esempio'));
    await hoverText(page, 'Vetreria Esempio');
    await waitForShadowText(page, /Murano/);
    await page.close();
  });
});
