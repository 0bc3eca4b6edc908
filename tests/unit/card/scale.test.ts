import { describe, expect, it } from 'vitest';
import { layoutScale, LOG_SCALE_RATIO, MIN_BAR_PX } from '../../../lib/card/scale';

const item = (label: string, amount: number, highlight = false) => ({ label, amount, highlight });

describe('layoutScale', () => {
  it('uses a linear scale for amounts of similar size, longest bar for the largest', () => {
    const { scale, bars } = layoutScale([item('bid', 97.4e9, true), item('valuation', 300e9), item('Twitter', 44e9)], 180);
    expect(scale).toBe('linear');
    expect(bars.map((b) => b.length)).toEqual([58, 180, 26]);
  });

  it('switches to a log scale when amounts differ by more than the ratio, keeping small bars visible', () => {
    const { scale, bars } = layoutScale([item('joke', 9.74e9, true), item('round', 40e9), item('seed', 1e6)], 180);
    expect(9.74e9 / 1e6).toBeGreaterThan(LOG_SCALE_RATIO);
    expect(scale).toBe('log');
    expect(bars[2]!.length).toBeGreaterThan(MIN_BAR_PX);
    expect(bars[1]!.length).toBe(180);
    expect(bars[0]!.length).toBeLessThan(180);
  });

  it('drops zero, negative and non-finite amounts', () => {
    expect(layoutScale([item('a', 0), item('b', -5), item('c', Number.NaN)], 100).bars).toEqual([]);
  });
});
