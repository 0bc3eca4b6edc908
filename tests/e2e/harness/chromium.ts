/**
 * Launch Debian's Chromium with the built extension (.output/chrome-mv3) through playwright-core.
 * Playwright's own browser download does not work here, so we point it at /usr/bin/chromium.
 * Every step that talks to the browser goes through `withTimeout`: a stopped service worker
 * makes `sw.evaluate()` hang forever otherwise.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM_PATH = process.env.BACKSTORY_CHROMIUM ?? '/usr/bin/chromium';
export const OUTPUT_DIR = resolve(process.env.BACKSTORY_OUT_DIR ?? '.output');
export const CHROME_EXTENSION_DIR = resolve(OUTPUT_DIR, 'chrome-mv3');

/** Flags from the machine notes: no background traffic to hosts this machine cannot reach. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=DisableLoadExtensionCommandLineSwitch',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (may be replaced after a restart: call again). */
  serviceWorker(): Promise<Worker>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function launchWithExtension(options: { headless?: boolean; extensionDir?: string; locale?: string; extraArgs?: string[] } = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionDir}: run "npm run build" first`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await withTimeout(
    chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      locale: options.locale ?? 'en-US',
      viewport: { width: 1280, height: 900 },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...QUIET_FLAGS, ...(options.extraArgs ?? []), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    }),
    60_000,
    'launching Chromium',
  );
  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (existing) return existing;
    return withTimeout(context.waitForEvent('serviceworker'), 30_000, 'waiting for the extension service worker');
  };
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    newPage: () => context.newPage(),
    async close() {
      await withTimeout(context.close(), 20_000, 'closing Chromium').catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
