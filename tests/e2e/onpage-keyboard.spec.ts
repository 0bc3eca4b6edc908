/**
 * ON-PAGE keyboard and popup paths in real Chromium (issue 5): `navigateMention` (what the
 * background relays from the manifest commands) walks the marks in document order and opens each
 * card as a dialog; `getPageFindings` / `focusMention` serve the popup's "On this page"; turning
 * Backstory off for the site removes every mark at once, without a reload.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium, type ChromiumEnv } from './harness/fixtures';
import { withTimeout } from './harness/chromium';
import { readHighlights, readShadowUi, waitForHighlights, waitForShadowText } from './harness/page-helpers';

/** Send a tab message from the service worker to the active tab, as the background does. */
async function toTab(env: ChromiumEnv, message: object): Promise<unknown> {
  const sw = await env.browser.serviceWorker();
  return withTimeout(
    sw.evaluate(async (msg) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      // No "tabs" permission: tabs cannot be found by URL, but the active tab is the test page.
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return api.tabs.sendMessage(tab!.id, msg);
    }, message),
    10_000,
    'sending a tab message',
  );
}

const dialogOpen = async (page: Page) => (await readShadowUi(page)).elements.some((e) => e.attributes.role === 'dialog');

describe('ON-PAGE keyboard and popup paths (Chromium)', () => {
  const env = useChromium({ locale: 'it-IT' });

  it('next / previous mention open cards in document order; Esc closes and focus returns', async () => {
    const page = await env.open('/demo-it/');
    await page.bringToFront();
    await waitForHighlights(page, (m) => m.some((x) => x.text === 'Apple'));
    await page.focus('header nav a');
    const focusedBefore = await page.evaluate(() => document.activeElement?.textContent);
    // From the top of the page the first mention is the headline's "Musk".
    expect(await toTab(env, { backstory: 1, tab: 'navigateMention', params: { direction: 'next' } })).toEqual({ ok: true, result: true });
    await waitForShadowText(page, /Elon Musk/);
    expect(await dialogOpen(page)).toBe(true);
    await toTab(env, { backstory: 1, tab: 'navigateMention', params: { direction: 'next' } });
    await waitForShadowText(page, /Zuckerberg/);
    await toTab(env, { backstory: 1, tab: 'navigateMention', params: { direction: 'previous' } });
    await waitForShadowText(page, /Elon Musk/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOpen(page), { timeout: 5_000 }).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(focusedBefore);
    await page.close();
  });

  it('lists the page findings for the popup and jumps to one', async () => {
    const page = await env.open('/demo-it/');
    await page.bringToFront();
    await waitForHighlights(page, (m) => m.some((x) => x.text === 'Apple'));
    const reply = (await toTab(env, { backstory: 1, tab: 'getPageFindings', params: {} })) as {
      ok: boolean;
      result: { lang: string; items: Array<{ kind: string; label: string; count: number; firstKey: string }> };
    };
    expect(reply.ok).toBe(true);
    expect(reply.result.lang).toBe('it');
    const openai = reply.result.items.find((i) => i.label === 'OpenAI')!;
    expect(openai.kind).toBe('company');
    expect(openai.count).toBeGreaterThanOrEqual(5);
    expect(reply.result.items.some((i) => i.kind === 'figure')).toBe(true);
    await toTab(env, { backstory: 1, tab: 'focusMention', params: { key: openai.firstKey } });
    await waitForShadowText(page, /OpenAI/);
    await page.close();
  });

  it('a new marker style applies live: same marks, registered under the style\'s highlight names', async () => {
    const page = await env.open('/demo-it/');
    const before = await waitForHighlights(page, (m) => m.length > 10);
    expect(new Set(before.map((m) => m.highlight.replace(/-(company|person|figure)-/, '-')))).toEqual(new Set(['backstory-dotted-light']));
    const sw = await env.browser.serviceWorker();
    await sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, any>>; set(v: object): Promise<void> } } } }).chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings ?? {}), markerStyle: 'tint' } });
    });
    const after = await waitForHighlights(page, (m) => m.length > 0 && m.every((x) => x.highlight.endsWith('-tint-light')));
    expect(after.map((m) => m.text).sort()).toEqual(before.map((m) => m.text).sort());
    await sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, any>>; set(v: object): Promise<void> } } } }).chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings ?? {}), markerStyle: 'dotted' } });
    });
    await page.close();
  });

  it('turning Backstory off for the site removes the marks live, and back on restores them', async () => {
    const page = await env.open('/demo-it/');
    await waitForHighlights(page, (m) => m.length > 10);
    const sw = await env.browser.serviceWorker();
    const setDisabled = (hosts: string[]) =>
      sw.evaluate(async (h) => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, any>>; set(v: object): Promise<void> } } } }).chrome;
        const { settings } = await api.storage.local.get('settings');
        await api.storage.local.set({ settings: { ...(settings ?? {}), disabledSites: h } });
      }, hosts);
    await setDisabled(['127.0.0.1']);
    await expect.poll(async () => (await readHighlights(page)).length, { timeout: 5_000 }).toBe(0);
    await setDisabled([]);
    await waitForHighlights(page, (m) => m.length > 10);
    await page.close();
  });
});
