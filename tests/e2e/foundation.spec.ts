/**
 * The foundation's promise in a real browser (issue 2): the Italian demo article gets its marks,
 * the page is left alone, hovering OpenAI shows a card naming its CEO with source and date, and
 * the popup finds companies by nickname.
 */
import { describe, expect, it } from 'vitest';
import { useChromium } from './harness/fixtures';
import { hoverText, pageSnapshot, readShadowUi, waitForHighlights, waitForShadowText } from './harness/page-helpers';

const EXPECTED = {
  company: ['OpenAI', 'xAI', 'Meta', 'Twitter', 'Apple'],
  person: ['Elon Musk', 'Mark Zuckerberg', 'Sam Altman', 'Musk', 'Zuckerberg', 'Altman', 'elon musk', 'mark zuckerberg'],
  figure: ['97,4 miliardi di dollari', '9,74 miliardi di dollari'],
};

describe('Backstory on the Italian demo article (Chromium)', () => {
  const env = useChromium({ locale: 'it-IT' });

  it('marks every company, person and figure, and nothing else', async () => {
    const page = await env.open('/demo-it/');
    const marks = await waitForHighlights(page, (m) => m.some((x) => x.text === '9,74 miliardi di dollari') && m.some((x) => x.text === 'Apple'));
    const byKind = (kind: string) => marks.filter((m) => m.highlight.includes(kind)).map((m) => m.text);
    for (const text of EXPECTED.company) expect(byKind('company')).toContain(text);
    for (const text of EXPECTED.person) expect(byKind('person')).toContain(text);
    expect(byKind('figure')).toEqual(EXPECTED.figure);
    expect(byKind('company')).toContain('openai'); // lower-case subtitle
    const all = marks.map((m) => m.text);
    for (const never of ['meta', 'miliardi', 'milionari', '2025']) expect(all).not.toContain(never);
    await page.close();
  });

  it('leaves the page DOM and its text exactly as the server sent them', async () => {
    const page = await env.open('/demo-it/');
    await waitForHighlights(page, (m) => m.length > 10);
    const after = await pageSnapshot(page);
    const pristine = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const doc = new DOMParser().parseFromString(source, 'text/html');
      return doc.documentElement.innerHTML;
    });
    expect(after.html).toBe(pristine);
    await page.close();
  });

  it('hovering OpenAI shows a card with its CEO, a source and an as-of date', async () => {
    const page = await env.open('/demo-it/');
    await waitForHighlights(page, (m) => m.some((x) => x.text === 'OpenAI'));
    await hoverText(page, 'OpenAI', 1);
    const ui = await waitForShadowText(page, /Sam Altman/);
    expect(ui.text).toMatch(/OpenAI/);
    expect(ui.text).toMatch(/San Francisco/);
    const links = ui.elements.filter((e) => e.tag === 'a' && /^https?:\/\//.test(e.attributes.href ?? ''));
    expect(links.length).toBeGreaterThan(0);
    expect(ui.text).toMatch(/20\d\d/); // as-of dates are shown
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readShadowUi(page)).text, { timeout: 5_000 }).not.toMatch(/Sam Altman/);
    await page.close();
  });

  it('hovering a figure shows the normalised amount and the deal it matches', async () => {
    const page = await env.open('/demo-it/');
    await waitForHighlights(page, (m) => m.some((x) => x.text === '97,4 miliardi di dollari'));
    await hoverText(page, '97,4 miliardi di dollari');
    const ui = await waitForShadowText(page, /97,4[\s\S]*2025/);
    expect(ui.text).toMatch(/USD|US\$|dollari/);
    expect(ui.text).toMatch(/2025/);
    expect(ui.text).toMatch(/OpenAI/);
    await page.close();
  });

  it('the popup finds Mediobanca by its press nickname', async () => {
    const popup = await env.openExtensionPage('popup.html');
    const box = popup.locator('input').first();
    await box.fill('Piazzetta Cuccia');
    await expect.poll(async () => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/Mediobanca/);
    await popup.close();
  });
});
