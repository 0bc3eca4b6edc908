/**
 * Issue #8 in real Chromium, on the real bundle in the extension's IndexedDB: a brand's card names
 * its owner with a few cited facts; the owner's name opens the owner's card in place (closed
 * shadow root, clicked through CDP coordinates as a user would) with its brands; the popup does
 * the same and walks back. Screenshots for docs/cards.md.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium } from './harness/fixtures';
import { callBackground } from './harness/background';
import { hoverText, readShadowUi, shadowPoint, waitForHighlights, waitForShadowText } from './harness/page-helpers';
import { artifactDir } from './harness/artifacts';

const SHOTS = artifactDir('screenshots');
/** Our own short article (invented text) naming a brand. */
const ARTICLE = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Auto</title></head><body><main><article>
<h1>Nuovi modelli</h1>
<p>La Jeep ha presentato un nuovo fuoristrada elettrico, che sarà prodotto in Europa dal prossimo anno.</p>
<p>Le vendite del marchio sono cresciute nel primo semestre, secondo i dati dei concessionari.</p>
</article></main></body></html>`;

/** Click the centre of the first element with `attr="value"` inside our closed shadow root. */
async function clickInShadow(page: Page, attr: string, value: string): Promise<void> {
  const point = await shadowPoint(page, attr, value, true);
  if (!point) throw new Error(`no [${attr}="${value}"] in the shadow UI`);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page.mouse.down();
  await page.mouse.up();
}

describe('Owners and brands on cards (Chromium, Italian browser)', () => {
  const env = useChromium({ locale: 'it-IT' });

  it('the background answers owners and units from the relTarget index', async () => {
    const page = await env.openExtensionPage('options.html');
    type Details = { units?: Array<{ id: string; name: string }>; owners?: Array<{ id: string; facts: unknown[] }> };
    const stellantis = await callBackground<Details>(page, 'lookupEntity', { id: 'c:stellantis' });
    expect(stellantis.units!.length).toBeGreaterThanOrEqual(5);
    expect(stellantis.units!.map((u) => u.name)).toEqual(expect.arrayContaining(['Jeep', 'Fiat', 'Maserati']));
    const jeep = await callBackground<Details>(page, 'lookupEntity', { id: 'b:jeep' });
    expect(jeep.owners?.[0]?.id).toBe('c:stellantis');
    expect(jeep.owners![0]!.facts.length).toBeGreaterThan(0);
    await page.close();
  });

  it('a brand card names its owner; the owner link opens the owner’s card with its brands, and back', async () => {
    env.server.route('/jeep/', ARTICLE);
    const page = await env.open('/jeep/');
    await page.setViewportSize({ width: 1000, height: 900 });
    await waitForHighlights(page, (m) => m.some((x) => x.text === 'Jeep'));
    await hoverText(page, 'Jeep');
    const ui = await waitForShadowText(page, /Di proprietà di Stellantis/);
    expect(ui.elements.some((e) => e.attributes['data-owner-fact'])).toBe(true);
    await clickInShadow(page, 'data-entity-id', 'c:stellantis');
    const owner = await waitForShadowText(page, /Marchi e società/);
    expect(owner.elements.filter((e) => e.attributes['data-unit']).length).toBeGreaterThanOrEqual(5);
    expect(owner.text).toContain('Torna a Jeep');
    await page.screenshot({ path: `${SHOTS}/card-owner-units-it.png` });
    await clickInShadow(page, 'data-action', 'back');
    await waitForShadowText(page, /Di proprietà di Stellantis/);
    expect((await readShadowUi(page)).elements.some((e) => e.attributes['data-action'] === 'not-this')).toBe(true);
    await page.close();
  });

  it('the popup follows the owner link and Back returns to the brand', async () => {
    const popup = await env.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 800 });
    await popup.getByRole('combobox').pressSequentially('Jeep', { delay: 20 });
    await expect.poll(async () => popup.locator('[role="option"] .bs-result-name').first().textContent(), { timeout: 10_000 }).toBe('Jeep');
    await popup.getByRole('combobox').press('Enter');
    await popup.locator('.bs-owner [data-entity-id="c:stellantis"]').click({ timeout: 10_000 });
    await expect.poll(async () => popup.locator('#bs-popup-card-title').textContent(), { timeout: 10_000 }).toBe('Stellantis');
    expect(await popup.locator('[data-unit]').count()).toBeGreaterThanOrEqual(5);
    await popup.screenshot({ path: `${SHOTS}/popup-owner-units.png`, fullPage: true });
    await popup.locator('.bs-back').click();
    await expect.poll(async () => popup.locator('#bs-popup-card-title').textContent(), { timeout: 10_000 }).toBe('Jeep');
    await popup.close();
  });
});
