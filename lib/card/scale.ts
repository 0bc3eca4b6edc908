/**
 * Bar geometry for the figure card's scale picture (pure). Deal sizes span orders of magnitude
 * (a US$9.74 billion joke next to a US$300 billion valuation next to a US$69 billion landmark),
 * so when the largest is many times the smallest the bars use a log scale, said in the picture.
 */
export interface ScaleItem {
  label: string;
  amount: number;
  highlight: boolean;
}

export interface Bar extends ScaleItem {
  /** Bar length in px, at least MIN_BAR_PX so every item stays visible. */
  length: number;
}

export interface ScaleLayout {
  scale: 'linear' | 'log';
  bars: Bar[];
}

/** Above this max/min ratio a linear scale would shrink the small bars to nothing. */
export const LOG_SCALE_RATIO = 20;
export const MIN_BAR_PX = 2;

export function layoutScale(items: readonly ScaleItem[], maxLengthPx: number): ScaleLayout {
  const positive = items.filter((i) => Number.isFinite(i.amount) && i.amount > 0);
  if (positive.length === 0) return { scale: 'linear', bars: [] };
  const max = Math.max(...positive.map((i) => i.amount));
  const min = Math.min(...positive.map((i) => i.amount));
  const scale = max / min > LOG_SCALE_RATIO ? 'log' : 'linear';
  // Log bars start one decade below the smallest value, so the smallest bar is not zero-length.
  const floor = Math.log10(min) - 1;
  const span = Math.log10(max) - floor;
  const bars = positive.map((item) => {
    const ratio = scale === 'log' ? (Math.log10(item.amount) - floor) / span : item.amount / max;
    return { ...item, length: Math.max(MIN_BAR_PX, Math.round(ratio * maxLengthPx)) };
  });
  return { scale, bars };
}
