/**
 * Launch Debian's Firefox ESR through puppeteer-core over WebDriver BiDi and install the built
 * Firefox extension as a temporary add-on (no geckodriver needed). The add-on's internal UUID
 * is pinned by a pref so tests can open moz-extension://<uuid>/popup.html.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OUTPUT_DIR, withTimeout } from './chromium';

export const FIREFOX_PATH = process.env.BACKSTORY_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(OUTPUT_DIR, 'firefox-mv2');
export const FIREFOX_ADDON_ID = 'backstory@backstory.example';
export const FIREFOX_ADDON_UUID = '5b7e1c2a-0d4e-4c1b-9a53-b4c5d6e7f801';

export interface FirefoxWithExtension {
  browser: Browser;
  newPage(): Promise<Page>;
  extensionUrl(file: string): string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR, extraPrefs: Record<string, unknown> = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built Firefox extension at ${extensionDir}: run "npm run build" first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'backstory-ff-'));
  const browser = await withTimeout(
    puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
        // No traffic to hosts this machine cannot reach.
        'app.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'network.captive-portal-service.enabled': false,
        'extensions.getAddons.cache.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        ...extraPrefs,
      },
    }),
    90_000,
    'launching Firefox',
  );
  await withTimeout(browser.installExtension(extensionDir), 30_000, 'installing the Firefox add-on');
  return {
    browser,
    newPage: () => browser.newPage(),
    extensionUrl: (file) => `moz-extension://${FIREFOX_ADDON_UUID}/${file}`,
    async close() {
      await withTimeout(browser.close(), 20_000, 'closing Firefox').catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
