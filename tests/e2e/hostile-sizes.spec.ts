/**
 * Hostile shapes (issue 7): a 5 MB text node, 5,000 levels of nesting and content inside a
 * page's own shadow root. Backstory must not crash, hang the page or change it.
 */
import { describe, expect, it } from 'vitest';
import { useChromium } from './harness/fixtures';
import { withTimeout } from './harness/chromium';
import { pageSnapshot, waitForHighlights } from './harness/page-helpers';

const SENTENCE = 'Nvidia said its chief executive Jensen Huang would present results worth $40 billion. ';

function fiveMegabyteTextNode(): string {
  const body = SENTENCE.repeat(Math.ceil(5_000_000 / SENTENCE.length));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>5 MB</title></head><body><article><p>${body}</p></article></body></html>`;
}

function deeplyNested(levels: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deep</title></head><body><main>${'<div>'.repeat(levels)}<p>Tesla, run by Elon Musk, reported results.</p>${'</div>'.repeat(levels)}</main></body></html>`;
}

const SHADOW_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shadow</title></head><body>
<article><p>Microsoft reported results on Tuesday.</p><div id="widget"></div></article>
<script>
  const root = document.getElementById('widget').attachShadow({ mode: 'open' });
  const p = document.createElement('p');
  p.textContent = 'Apple and Nvidia inside a widget.';
  root.append(p);
</script></body></html>`;

describe('Hostile page shapes (Chromium)', () => {
  const env = useChromium();

  it('survives a single 5 MB text node: marks appear and the page stays responsive', async () => {
    env.server.route('/five-mb/', fiveMegabyteTextNode());
    const errors: string[] = [];
    const page = await env.open('/five-mb/', { consoleErrors: errors });
    await waitForHighlights(page, (m) => m.some((x) => x.text === 'Jensen Huang'), 60_000);
    const started = Date.now();
    await withTimeout(page.evaluate(() => document.title), 5_000, 'the page answering while Backstory works');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(errors.filter((e) => /backstory/i.test(e))).toEqual([]);
    await page.close();
  });

  it('reads text under 5,000 levels of nesting without overflowing the stack', async () => {
    env.server.route('/deep/', deeplyNested(5_000));
    const errors: string[] = [];
    const page = await env.open('/deep/', { consoleErrors: errors });
    const marks = await waitForHighlights(page, (m) => m.some((x) => x.text === 'Elon Musk'), 30_000);
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Tesla', 'Elon Musk']));
    expect(errors.filter((e) => /RangeError|stack/i.test(e))).toEqual([]);
    await page.close();
  });

  it("leaves a page's own shadow DOM alone and still marks the light DOM", async () => {
    env.server.route('/shadow/', SHADOW_PAGE);
    const page = await env.open('/shadow/');
    const marks = await waitForHighlights(page, (m) => m.some((x) => x.text === 'Microsoft'));
    expect(marks.map((m) => m.text)).not.toContain('Apple');
    const shadowText = await page.evaluate(() => document.getElementById('widget')!.shadowRoot!.innerHTML);
    expect(shadowText).toBe('<p>Apple and Nvidia inside a widget.</p>');
    const snapshot = await pageSnapshot(page);
    expect(snapshot.text).toContain('Microsoft reported results on Tuesday.');
    await page.close();
  });
});
