import { describe, expect, it } from 'vitest';
import { chooseTheme, parseRgb, relativeLuminance } from '../../../lib/card/theme';

describe('chooseTheme', () => {
  it('follows an explicit setting whatever the page looks like', () => {
    expect(chooseTheme('dark', ['rgb(255, 255, 255)'], false)).toBe('dark');
    expect(chooseTheme('light', ['rgb(0, 0, 0)'], true)).toBe('light');
  });

  it('on auto follows the page background: dark page, dark card', () => {
    expect(chooseTheme('auto', ['rgb(18, 18, 18)'], false)).toBe('dark');
    expect(chooseTheme('auto', ['rgb(250, 250, 247)'], true)).toBe('light');
  });

  it('skips transparent backgrounds (body) for the next one out (html)', () => {
    expect(chooseTheme('auto', ['rgba(0, 0, 0, 0)', 'rgb(20, 24, 30)'], false)).toBe('dark');
  });

  it('falls back to the system preference when the page sets no background', () => {
    expect(chooseTheme('auto', ['rgba(0, 0, 0, 0)', 'transparent'], true)).toBe('dark');
    expect(chooseTheme('auto', [], false)).toBe('light');
  });
});

describe('colour parsing', () => {
  it('reads rgb, rgba and space-separated forms', () => {
    expect(parseRgb('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseRgb('rgba(1, 2, 3, 0.5)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseRgb('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseRgb('canvas')).toBeNull();
  });
  it('luminance spans 0 (black) to 1 (white)', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
  });
});
