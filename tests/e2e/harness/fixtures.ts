/**
 * Per-file set-up for Chromium specs: one browser with the extension and one fixture server.
 *   const env = useChromium();            // in a describe block
 *   const page = await env.open('/demo-it/');
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { launchWithExtension, withTimeout, type ExtensionBrowser } from './chromium';
import { startFixtureServer, type FixtureServer } from './server';

export const PAGES_DIR = resolve('tests/fixtures/pages');

export interface ChromiumEnv {
  browser: ExtensionBrowser;
  server: FixtureServer;
  /** Open a fixture page and wait for its load event. */
  open(path: string, options?: { consoleErrors?: string[] }): Promise<Page>;
  /** Open one of the extension's own pages (popup.html, options.html). */
  openExtensionPage(file: string): Promise<Page>;
}

export function useChromium(options: { locale?: string; extraArgs?: (server: FixtureServer) => Promise<string[]> | string[] } = {}): ChromiumEnv {
  const env = {} as ChromiumEnv;
  beforeAll(async () => {
    env.server = await startFixtureServer(PAGES_DIR);
    env.browser = await launchWithExtension({ locale: options.locale, extraArgs: options.extraArgs ? await options.extraArgs(env.server) : [] });
    env.open = async (path, opts = {}) => {
      const page = await env.browser.newPage();
      if (opts.consoleErrors) {
        const sink = opts.consoleErrors;
        page.on('console', (m) => {
          if (m.type() === 'error') sink.push(m.text());
        });
        page.on('pageerror', (e) => sink.push(String(e)));
      }
      await withTimeout(page.goto(env.server.origin + path, { waitUntil: 'load' }), 30_000, `opening ${path}`);
      return page;
    };
    env.openExtensionPage = async (file) => {
      const page = await env.browser.newPage();
      await withTimeout(page.goto(`chrome-extension://${env.browser.extensionId}/${file}`), 20_000, `opening ${file}`);
      return page;
    };
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
