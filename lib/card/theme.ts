/**
 * Card theme: the user's choice, else the page's own background (a dark news site gets a dark
 * card even on a light system), else the system preference.
 */
import type { Theme } from '../settings/defaults';

export type CardTheme = 'light' | 'dark';

/** Parse `rgb()` / `rgba()` as returned by getComputedStyle; null for anything else. */
export function parseRgb(css: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i.exec(css.trim());
  if (!m) return null;
  let a = 1;
  if (m[4] !== undefined) a = m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a };
}

/** WCAG relative luminance, 0 (black) … 1 (white). */
export function relativeLuminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Backgrounds darker than this count as dark pages (mid-grey #777 is ~0.18). */
export const DARK_LUMINANCE_BELOW = 0.2;

/**
 * @param setting the options' theme
 * @param backgrounds computed background colours from the innermost candidate outwards
 *   (body, then html); transparent ones are skipped
 * @param systemDark prefers-color-scheme: dark
 */
export function chooseTheme(setting: Theme, backgrounds: readonly string[], systemDark: boolean): CardTheme {
  if (setting !== 'auto') return setting;
  for (const css of backgrounds) {
    const c = parseRgb(css);
    if (!c || c.a < 0.5) continue;
    return relativeLuminance(c) < DARK_LUMINANCE_BELOW ? 'dark' : 'light';
  }
  return systemDark ? 'dark' : 'light';
}
