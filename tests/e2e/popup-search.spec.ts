/**
 * The popup in real Chromium (issue 6): search as you type for a prefix, a typo, a press nickname
 * and a ticker; the keyboard opens a result into its card; "On this page" lists the demo
 * article's findings and jumps to one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium, type ChromiumEnv } from './harness/fixtures';
import { withTimeout } from './harness/chromium';
import { waitForHighlights, waitForShadowText } from './harness/page-helpers';

/** The id of the tab showing `url`, asked from an extension page (it has the tabs API). */
async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (target) => {
    type Tab = { id?: number; url?: string };
    const tabsApi = (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<Tab | undefined>; query(q: object): Promise<Tab[]> } } }).chrome.tabs;
    const own = (await tabsApi.getCurrent())?.id;
    const tabs = await tabsApi.query({});
    const byUrl = tabs.find((t) => t.url === target);
    // Without host permissions the URL may be hidden: then it is the other http tab.
    return (byUrl ?? tabs.filter((t) => t.id !== own).at(-1))!.id!;
  }, url);
}

type StorageApi = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; remove(k: string): Promise<void> } } } };

/** Replaces the stored settings (undefined: none) and returns what was there before. */
async function swapSettings(env: ChromiumEnv, next: (current: Record<string, unknown> | undefined) => Record<string, unknown> | undefined) {
  const page = await env.openExtensionPage('popup.html');
  const before = await withTimeout(page.evaluate(async () => ((await (globalThis as unknown as StorageApi).chrome.storage.local.get('settings')).settings ?? undefined) as Record<string, unknown> | undefined), 10_000, 'reading settings');
  const value = next(before);
  await withTimeout(page.evaluate(async (v) => {
    const local = (globalThis as unknown as StorageApi).chrome.storage.local;
    await (v === null ? local.remove('settings') : local.set({ settings: v }));
  }, value ?? null), 10_000, 'writing settings');
  await page.close();
  return before;
}

/** The first result's one-line description for a query typed into a fresh popup. */
async function firstDescription(env: ChromiumEnv, query: string, name: string): Promise<string | null> {
  const popup = await env.openExtensionPage('popup.html');
  await popup.getByRole('combobox').fill(query);
  const first = popup.locator('[role="option"]').first();
  await expect.poll(async () => first.locator('.bs-result-name').textContent(), { timeout: 10_000 }).toBe(name);
  const text = await first.locator('.bs-result-desc').textContent();
  await popup.close();
  return text;
}

/** Our own short article (invented text) with companies, a person and a figure. */
const ARTICLE = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Mercati</title></head><body><main><article>
<h1>Una settimana di annunci</h1>
<p>UniCredit ha presentato un piano da 2,5 miliardi di euro per rinnovare i propri sistemi informatici. Anche Mediobanca ha parlato di investimenti.</p>
<p>In serata UniCredit ha aggiunto dettagli. Alla conferenza è intervenuto anche Elon Musk con un messaggio video.</p>
</article></main></body></html>`;

describe('popup (Chromium)', () => {
  const env = useChromium({ locale: 'en-US' });

  it.each([
    ['unicr', 'UniCredit'],
    ['unicredt', 'UniCredit'],
    ['Piazzetta Cuccia', 'Mediobanca'],
    ['NVDA', 'Nvidia'],
  ])('typing "%s" puts %s first', async (query, name) => {
    const popup = await env.openExtensionPage('popup.html');
    const box = popup.getByRole('combobox');
    await box.pressSequentially(query, { delay: 20 });
    const first = popup.locator('[role="option"]').first();
    await expect.poll(async () => first.locator('.bs-result-name').textContent(), { timeout: 10_000 }).toBe(name);
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await popup.close();
  });

  it('arrow keys and Enter open a result into the full card, Escape goes back', async () => {
    const popup = await env.openExtensionPage('popup.html');
    const box = popup.getByRole('combobox');
    await box.fill('banca');
    await expect.poll(async () => popup.locator('[role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    const second = (await popup.locator('[role="option"] .bs-result-name').nth(1).textContent())!;
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe('bs-result-1');
    await box.press('Enter');
    await expect.poll(async () => popup.locator('#bs-popup-card-title').textContent(), { timeout: 10_000 }).toBe(second);
    await popup.keyboard.press('Escape');
    await expect.poll(async () => popup.getByRole('combobox').inputValue()).toBe('banca');
    await popup.close();
  });

  it('shows each result’s one-line description in the reader’s language (stored fields from the index parts)', async () => {
    expect(await firstDescription(env, 'UniCredit', 'UniCredit')).toMatch(/^Italian banking group/);
    const before = await swapSettings(env, (current) => ({ ...current, uiLanguage: 'it' }));
    try {
      expect(await firstDescription(env, 'UniCredit', 'UniCredit')).toMatch(/^Gruppo bancario italiano/);
    } finally {
      await swapSettings(env, () => before);
    }
  });

  it('"On this page" lists the article’s findings with counts and jumps to one', async () => {
    env.server.route('/popup-article/', ARTICLE);
    const page = await env.open('/popup-article/');
    await waitForHighlights(page, (m) => m.some((x) => x.text === 'Elon Musk'));
    const probe = await env.openExtensionPage('options.html');
    const tabId = await tabIdOf(probe, page.url());
    await probe.close();
    const popup = await env.openExtensionPage(`popup.html?tab=${tabId}`);
    const companies = popup.locator('[data-group="companies"]');
    await expect.poll(async () => companies.textContent(), { timeout: 10_000 }).toMatch(/UniCredit\s*2×/);
    expect(await popup.locator('[data-group="people"]').textContent()).toMatch(/Elon Musk/);
    expect(await popup.locator('[data-group="figures"]').count()).toBe(1);
    expect(await popup.locator('[data-testid="db-status"]').textContent()).toMatch(/Database \S+ · data as of/);
    await popup.locator('[data-group="companies"] button', { hasText: 'Mediobanca' }).click();
    await waitForShadowText(page, /Mediobanca/);
    await page.close();
  });

  it('the site switch turns Backstory off and on for the open tab', async () => {
    env.server.route('/popup-switch/', ARTICLE);
    const page = await env.open('/popup-switch/');
    await waitForHighlights(page, (m) => m.some((x) => x.text === 'UniCredit'));
    const probe = await env.openExtensionPage('options.html');
    const tabId = await tabIdOf(probe, page.url());
    await probe.close();
    const popup = await env.openExtensionPage(`popup.html?tab=${tabId}`);
    const toggle = popup.getByRole('switch');
    await expect.poll(async () => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
    await popup.locator('label.bs-switch').click();
    await waitForHighlights(page, (m) => m.length === 0);
    await popup.locator('label.bs-switch').click();
    await waitForHighlights(page, (m) => m.some((x) => x.text === 'UniCredit'));
    await popup.close();
    await page.close();
  });
});
