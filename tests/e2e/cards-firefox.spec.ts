/**
 * Cards in Firefox (firefox-esr over WebDriver BiDi): the closed shadow root cannot be read from
 * outside, so the test asks the page what is under a point below the hovered mention — our
 * shadow host once the card shows — and keeps screenshots (normal page and strict CSP, where the
 * adopted-stylesheet path through Firefox's Xrays matters).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { withTimeout } from './harness/chromium';
import { artifactDir } from './harness/artifacts';

const SHOTS = artifactDir('screenshots');

/** Centre of the first rect of the `occurrence`-th `needle` in the page text, after scrolling. */
const locate = (needle: string, occurrence: number) => `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let i = n.nodeValue.indexOf(${JSON.stringify(needle)});
    while (i >= 0) {
      if (seen === ${occurrence}) {
        n.parentElement.scrollIntoView({ block: 'center' });
        const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + ${needle.length});
        const b = r.getClientRects()[0];
        return { x: b.left + Math.min(b.width / 2, 12), y: b.top + b.height / 2, bottom: b.bottom };
      }
      seen++; i = n.nodeValue.indexOf(${JSON.stringify(needle)}, i + 1);
    }
  }
  return null;
})()`;

async function waitForMarks(page: Page, needle: string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 20_000) {
    const found = await page.evaluate(`(() => { if (!CSS.highlights) return false; for (const [n, h] of CSS.highlights) if (n.startsWith('backstory')) for (const r of h) if (r.toString() === ${JSON.stringify(needle)}) return true; return false; })()`);
    if (found) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`never marked: ${needle}`);
}

/** Hover the mention, then report which element is 40 px below it (the card, when shown). */
async function hoverAndProbe(page: Page, needle: string, occurrence = 0): Promise<string> {
  const p = (await page.evaluate(locate(needle, occurrence))) as { x: number; y: number; bottom: number } | null;
  if (!p) throw new Error(`text not found: ${needle}`);
  await page.mouse.move(Math.max(1, p.x - 40), p.y + 30);
  await page.mouse.move(p.x, p.y, { steps: 6 });
  await new Promise((r) => setTimeout(r, 900));
  return (await page.evaluate(`document.elementFromPoint(${p.x + 20}, ${p.bottom + 40})?.localName ?? ''`)) as string;
}

describe('Cards in Firefox', () => {
  let ff: FirefoxWithExtension;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer(resolve('tests/fixtures/pages'));
    ff = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('shows a card over the text after the dwell', async () => {
    const page = await ff.newPage();
    await withTimeout(page.goto(`${server.origin}/demo-it/`), 30_000, 'opening the demo page');
    await waitForMarks(page, 'OpenAI');
    expect(await hoverAndProbe(page, 'OpenAI', 1)).toBe('backstory-card-host');
    await page.screenshot({ path: `${SHOTS}/card-firefox.png` });
    await page.close();
  });

  it('shows a styled card under a strict CSP', async () => {
    const page = await ff.newPage();
    await withTimeout(page.goto(`${server.origin}/strict-csp/`), 30_000, 'opening the strict-CSP page');
    await waitForMarks(page, 'Microsoft');
    expect(await hoverAndProbe(page, 'Microsoft')).toBe('backstory-card-host');
    await page.screenshot({ path: `${SHOTS}/card-firefox-strict-csp.png` });
    await page.close();
  });
});
