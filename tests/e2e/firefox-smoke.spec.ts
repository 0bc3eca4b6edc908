import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { withTimeout } from './harness/chromium';

/** Highlight ranges as text, read in the page (Firefox ≥ 140 has the Custom Highlight API). */
const READ_MARKS = `(() => {
  const out = [];
  if (!CSS.highlights) return out;
  for (const [name, h] of CSS.highlights) if (name.startsWith('backstory')) for (const r of h) out.push(r.toString());
  return out;
})()`;

describe('Firefox smoke (firefox-esr over WebDriver BiDi)', () => {
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

  it('marks the companies, people and figures of the Italian demo article', async () => {
    const page = await ff.newPage();
    await withTimeout(page.goto(`${server.origin}/demo-it/`), 30_000, 'opening the demo page');
    const started = Date.now();
    let marks: string[] = [];
    while (Date.now() - started < 20_000) {
      marks = (await page.evaluate(READ_MARKS)) as string[];
      if (marks.includes('97,4 miliardi di dollari') && marks.includes('Zuckerberg')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(marks).toEqual(expect.arrayContaining(['OpenAI', 'xAI', 'Meta', 'Twitter', 'Apple', 'Elon Musk', 'Sam Altman', '97,4 miliardi di dollari', '9,74 miliardi di dollari']));
    expect(marks).not.toContain('meta');
    await page.close();
  });
});
