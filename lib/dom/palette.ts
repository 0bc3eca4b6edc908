/**
 * Light or dark page? Read once from the computed backgrounds from the article's first paragraph
 * up to <html> (the first opaque one: many sites paint a wrapper, not <body>), so marks stay
 * readable on dark news sites. A dozen getComputedStyle calls, once per page.
 */
import type { Palette } from './highlights';

/** Relative luminance below this counts as a dark page (sRGB, WCAG formula; mid-grey ≈ 0.2). */
export const DARK_LUMINANCE_MAX = 0.2;

export function parseRgb(css: string): { r: number; g: number; b: number; a: number } | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/i.exec(css);
  if (!m) return null;
  let a = m[4] === undefined ? 1 : parseFloat(m[4]);
  if (m[4]?.endsWith('%')) a /= 100;
  return { r: +m[1]!, g: +m[2]!, b: +m[3]!, a };
}

export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Palette for a list of computed background colours, innermost first. Transparent ones are skipped. */
export function paletteFor(backgrounds: readonly string[], prefersDark = false): Palette {
  for (const bg of backgrounds) {
    const rgb = parseRgb(bg);
    if (!rgb || rgb.a < 0.5) continue;
    return luminance(rgb.r, rgb.g, rgb.b) < DARK_LUMINANCE_MAX ? 'dark' : 'light';
  }
  // Nothing opaque: the canvas is the browser default, dark only under a dark colour scheme.
  return prefersDark ? 'dark' : 'light';
}

/** Deepest ancestors checked above the sample paragraph (bounded cost on deep trees). */
const MAX_ANCESTORS = 40;

export function detectPalette(doc: Document): Palette {
  const win = doc.defaultView;
  if (!win) return 'light';
  const root = doc.querySelector('article, [itemprop=articleBody], main, [role=main]') ?? doc.body;
  const sample = root?.querySelector('p') ?? root;
  const bgs: string[] = [];
  for (let el: Element | null = sample, n = 0; el && n < MAX_ANCESTORS; el = el.parentElement, n++) {
    bgs.push(win.getComputedStyle(el).backgroundColor);
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const prefersDark = scheme.includes('dark') && win.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
  return paletteFor(bgs, prefersDark);
}
