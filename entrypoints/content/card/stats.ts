/**
 * Timing of "dwell ended → card in the DOM", kept for the e2e measurement in docs/cards.md.
 * Stored on the content script's own global: that is the extension's isolated world, which
 * the page cannot see (unlike performance marks or DOM attributes). Capped, so it never grows.
 */
const STATS_KEY = '__backstoryCardStats';
const MAX_SAMPLES = 100;

export interface CardStats {
  /** ms from the card being opened (dwell end, click or keyboard) to its facts rendered. */
  openToRenderMs: number[];
  /** How many of those were served from the per-page cache (prefetched during the dwell). */
  cached: number;
}

export function recordOpenToRender(ms: number, cached: boolean): void {
  const g = globalThis as unknown as Record<string, CardStats | undefined>;
  const stats = (g[STATS_KEY] ??= { openToRenderMs: [], cached: 0 });
  if (stats.openToRenderMs.length >= MAX_SAMPLES) stats.openToRenderMs.shift();
  stats.openToRenderMs.push(Math.round(ms * 100) / 100);
  if (cached) stats.cached += 1;
}
