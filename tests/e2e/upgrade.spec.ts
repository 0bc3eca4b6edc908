/**
 * Lifecycle (issue 7): an update from the previous bundle version keeps the user's fact packs,
 * corrections and settings. We install a copy of the build stamped as an older version, add user
 * data, copy the current build over it and reload the extension, as an update does.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_EXTENSION_DIR, launchWithExtension, withTimeout, type ExtensionBrowser } from './harness/chromium';
import { callBackground } from './harness/background';
import { GOOD_PACK } from './fixtures/user-pack';

const PREVIOUS_BUNDLE_VERSION = 'previous-bundle-for-upgrade-test';

function stampAsPrevious(dir: string): void {
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  manifest.version = '0.0.1';
  writeFileSync(manifestPath, JSON.stringify(manifest));
  for (const file of ['facts/bundle.json', 'facts/meta.json']) {
    const path = join(dir, file);
    const data = JSON.parse(readFileSync(path, 'utf8')) as { version: string };
    data.version = PREVIOUS_BUNDLE_VERSION;
    writeFileSync(path, JSON.stringify(data));
  }
}

describe('Upgrade from the previous version (Chromium)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-upgrade-'));
  let browser: ExtensionBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps fact packs, corrections and settings, and reseeds the new bundle', async () => {
    cpSync(CHROME_EXTENSION_DIR, dir, { recursive: true });
    stampAsPrevious(dir);
    // --enable-unsafe-extension-debugging allows CDP Extensions.loadUnpacked, used below as the update.
    browser = await launchWithExtension({ extensionDir: dir, extraArgs: ['--enable-unsafe-extension-debugging'] });
    const correction = { entityId: 'c:meta-platforms', surface: 'Meta', site: 'example.org' };
    let page = await browser.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const before = await callBackground<{ version: string }>(page, 'getStatus');
    expect(before.version).toBe(PREVIOUS_BUNDLE_VERSION);
    await callBackground(page, 'importPack', { pack: GOOD_PACK });
    await callBackground(page, 'addCorrection', correction);
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings as object), dwellMs: 400 } });
    });

    // The update: new files on disk, then Chromium loads the same unpacked extension again (same
    // id, same storage), which runs onInstalled with reason "update" as a store update does.
    // (chrome.runtime.reload() would unload a command-line extension instead.)
    await page.close();
    cpSync(CHROME_EXTENSION_DIR, dir, { recursive: true, force: true });
    const nextWorker = browser.context.waitForEvent('serviceworker', { timeout: 30_000 });
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    const loaded = (await withTimeout(cdp.send('Extensions.loadUnpacked' as never, { path: dir } as never), 30_000, 'Extensions.loadUnpacked')) as { id: string };
    expect(loaded.id).toBe(browser.extensionId);
    await withTimeout(nextWorker, 30_000, 'the updated service worker');

    page = await browser.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const after = await callBackground<{ version: string; packs: Array<{ id: string }> }>(page, 'getStatus');
    expect(after.version).not.toBe(PREVIOUS_BUNDLE_VERSION);
    expect(after.packs.map((p) => p.id)).toContain(GOOD_PACK.id);
    expect(await callBackground(page, 'listCorrections')).toEqual(expect.arrayContaining([correction]));
    const dwell = await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { dwellMs?: number }>> } } } }).chrome;
      return (await api.storage.local.get('settings')).settings?.dwellMs;
    });
    expect(dwell).toBe(400);
  });
});
