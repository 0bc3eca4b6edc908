// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightName, MARK_KINDS, MARKER_STYLES, PALETTES } from '../../lib/dom/highlights';
import { Marker, PAINT_ALL_MAX, type NearViewportFactory } from '../../lib/dom/marks';
import { MentionStore } from '../../lib/dom/mention-store';
import { PageScanner } from '../../lib/dom/page-scan';
import { paletteFor } from '../../lib/dom/palette';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { fakeBackend, fakeDetector, marked, syncScheduler } from './helpers-onpage';

async function scan(html: string, nearViewport?: NearViewportFactory) {
  document.body.innerHTML = html;
  const backend = fakeBackend();
  const store = new MentionStore();
  const marker = new Marker(backend, DEFAULT_SETTINGS, 'light', nearViewport);
  await new PageScanner({ detector: fakeDetector, store, marker, scheduler: syncScheduler(), lang: () => 'it' }).scanPage(document);
  return { backend, store, marker };
}

describe('marks follow the settings live', () => {
  it('switching a kind off removes its marks; the style and palette change the highlight names', async () => {
    const { backend, store, marker } = await scan('<p>Apple e Elon Musk: 5 miliardi.</p>');
    marker.update({ ...DEFAULT_SETTINGS, kinds: { company: true, person: false, figure: true }, markerStyle: 'tint' }, 'dark', store.all());
    expect(marked(backend)).toEqual({
      'backstory-company-tint-dark': ['Apple'],
      'backstory-person-tint-dark': [],
      'backstory-figure-tint-dark': ['5 miliardi'],
    });
    expect(marker.isMarked(store.all().find((m) => m.kind === 'person')!)).toBe(false);
  });

  it('first mention only: a later rescan that removes the first mention promotes the next one', async () => {
    const { backend, store, marker } = await scan('<p id="a">Apple uno.</p><p>Apple due.</p>');
    marker.update({ ...DEFAULT_SETTINGS, firstMentionOnly: true }, 'light', store.all());
    expect(marked(backend)['backstory-company-dotted-light']).toHaveLength(1);
    const first = store.all()[0]!;
    const removed = store.removeWhere((m) => m === first);
    marker.remove(removed, store.all());
    const ranges = [...backend.registry.get('backstory-company-dotted-light')!.ranges] as Range[];
    expect(ranges.map((r) => r.startContainer.textContent)).toEqual(['Apple due.']);
  });

  it('tearing down removes every highlight registration', async () => {
    const { backend, marker } = await scan('<p>Apple</p>');
    marker.destroy();
    expect(backend.registry.size).toBe(0);
  });

  it('on a page with very many marks, paints only blocks near the viewport', async () => {
    let report: (changes: Array<{ el: Element; near: boolean }>) => void = () => {};
    const observed: Element[] = [];
    const factory: NearViewportFactory = (cb) => {
      report = cb;
      return { observe: (el) => void observed.push(el), disconnect: () => {} };
    };
    const html = Array.from({ length: PAINT_ALL_MAX + 10 }, (_, i) => `<p>Apple ${i}</p>`).join('');
    const { backend, marker } = await scan(html, factory);
    expect(marker.markedCount).toBe(PAINT_ALL_MAX + 10);
    expect(marker.paintedCount).toBe(0);
    report([{ el: observed[3]!, near: true }, { el: observed[4]!, near: true }]);
    expect(marked(backend)['backstory-company-dotted-light']).toEqual(['Apple', 'Apple']);
    report([{ el: observed[3]!, near: false }]);
    expect(marker.paintedCount).toBe(1);
  });
});

describe('marks.css', () => {
  const css = readFileSync('entrypoints/content/marks.css', 'utf8');
  it('has a rule for every kind, style and palette the content script can register', () => {
    for (const kind of MARK_KINDS) for (const style of MARKER_STYLES) for (const palette of PALETTES) {
      expect(css).toContain(`::highlight(${highlightName(kind, style, palette)})`);
    }
  });
  it('only styles text (no layout properties that would move the page)', () => {
    const props = [...css.matchAll(/\{\s*([a-z-]+)\s*:/g)].map((m) => m[1]);
    expect(new Set(props)).toEqual(new Set(['text-decoration', 'background-color']));
  });
});

describe('page palette', () => {
  it('reads dark and light backgrounds, skipping transparent ones', () => {
    expect(paletteFor(['rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)'])).toBe('dark');
    expect(paletteFor(['rgb(255, 255, 255)'])).toBe('light');
    expect(paletteFor(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'])).toBe('light');
    expect(paletteFor(['transparent'], true)).toBe('dark');
  });
});

describe('page palette from the DOM', () => {
  it('finds a dark wrapper behind a transparent body', async () => {
    const { detectPalette } = await import('../../lib/dom/palette');
    document.body.innerHTML = '<div style="background-color: rgb(20, 20, 24)"><article><p>Testo</p></article></div>';
    expect(detectPalette(document)).toBe('dark');
    document.body.innerHTML = '<article><p>Testo</p></article>';
    expect(detectPalette(document)).toBe('light');
  });
});
