/**
 * ON-PAGE measurements on the 1 MB page (issue 5): our own slice times (from the content
 * script's debug line) and every long animation frame after load with its script attribution,
 * written to onpage-big-page.json (docs/measurements/ with BACKSTORY_DOCS=1) for docs/on-page.md.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { useChromium } from './harness/fixtures';
import { withTimeout } from './harness/chromium';
import { waitForHighlights } from './harness/page-helpers';
import { buildBigPage } from './fixtures/big-page';
import { artifactDir } from './harness/artifacts';

interface Frame {
  start: number;
  duration: number;
  blocking: number;
  styleAndLayout: number;
  scripts: Array<{ url: string; invoker: string; duration: number }>;
}

describe('ON-PAGE cost on a 1 MB page (Chromium)', () => {
  const env = useChromium();

  it('scans in idle slices (target 50 ms; fails at 100)', async () => {
    env.server.route('/big-onpage/', buildBigPage());
    const page = await env.browser.newPage();
    const logs: string[] = [];
    page.on('console', (msg) => {
      if (msg.text().startsWith('[backstory]')) logs.push(msg.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: unknown[] };
      w.__frames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & Record<string, any>>) {
          w.__frames.push({
            start: Math.round(e.startTime),
            duration: Math.round(e.duration),
            blocking: Math.round(e.blockingDuration ?? 0),
            styleAndLayout: Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0),
            scripts: (e.scripts ?? []).map((s: Record<string, any>) => ({ url: String(s.sourceURL), invoker: String(s.invoker), duration: Math.round(s.duration) })),
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    });
    await withTimeout(page.goto(env.server.origin + '/big-onpage/', { waitUntil: 'load' }), 60_000, 'opening the 1 MB page');
    const loadEnd = await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration);
    await waitForHighlights(page, (m) => m.length > 50, 30_000);
    await expect.poll(() => logs.some((l) => l.includes('scan done')), { timeout: 90_000, interval: 500 }).toBe(true);
    await page.waitForTimeout(500);
    const frames = (await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames)) as Frame[];
    const after = frames.filter((f) => f.start > loadEnd);
    const done = logs.find((l) => l.includes('scan done'))!;
    const slice = Number(/longest slice ([\d.]+) ms/.exec(done)?.[1] ?? NaN);

    writeFileSync(
      `${artifactDir('measurements')}/onpage-big-page.json`,
      JSON.stringify({ loadMs: Math.round(loadEnd), scan: done, longestSliceMs: slice, framesAfterLoad: after.slice(0, 40) }, null, 2) + '\n',
    );
    expect(Number(/(\d+) marked/.exec(done)?.[1])).toBeGreaterThan(20_000);
    // Only marks near the viewport are registered on a page this size (lib/dom/marks.ts).
    expect(Number(/(\d+) painted/.exec(done)?.[1])).toBeLessThan(3_000);
    // The target is 50 ms (the shared PERF.md; the measurement above goes to the artifacts and the
    // README). A slice that a busy 2-core machine preempts once reached 82 ms in a CI run beside
    // other work, so the test fails only at twice the target: a slicing bug, not a slow neighbour.
    expect(slice).toBeLessThan(100);
    await page.close();
  });
});
